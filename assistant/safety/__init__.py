"""Red flags: the phrase tables, the deterministic screen and the safety gate.

Pure Python, no Rasa, so it works before the dialogue model loads. Rule: imports only
``assistant.core``.
"""
