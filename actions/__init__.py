"""Back Coach's Rasa custom actions.

They run in-process inside ``backcoach`` (assistant/dialogue/agent.py) and, unchanged, under
``rasa run actions``. They never do I/O or read a clock: they emit typed ops
(:mod:`assistant.core.ops`) as custom payloads, and the conversation carries them out.
Rule: they import only ``assistant.core``.
"""
