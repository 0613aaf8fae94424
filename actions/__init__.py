"""Back Coach custom actions.

They run in-process inside ``backcoach`` (assistant/brain.py) and, unchanged, under
``rasa run actions``. They never do I/O or read a clock: they emit ops (see
docs/ARCHITECTURE.md) as custom payloads, and the runtime carries them out.
"""
