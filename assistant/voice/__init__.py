"""The live loop: microphone -> hearing -> conversation -> speaker, one asyncio task each.

Rule: may import every package below it (core, audio, hearing, safety) and talks to the
conversation only through the ``Conversation`` protocol in ``voice.ports``.
"""
