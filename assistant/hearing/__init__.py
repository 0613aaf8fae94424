"""From audio to words: the recognizer protocol, its engines (one module each), voice-activity
endpointing, model management, and the hearing component the voice loop owns.

Rule: imports only ``assistant.core`` and ``assistant.audio``.
"""
