"""Sound in and out: WAV files, sound devices, speech synthesis (pyttsx3) and tones.

Rule: imports only ``assistant.core``.
"""
