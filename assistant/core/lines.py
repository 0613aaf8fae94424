"""What the conversation itself says (not the dialogue model's answers): short, calm lines."""

from __future__ import annotations

DISCLAIMER = "Please remember: I am not a doctor, and I am not an emergency service."
NOT_READY = ("I am still getting ready. I can already hear help and stop. "
             "I will answer that in a moment.")
EMPTY = "I did not hear anything. Tell me how your back is, or say help."
TOO_LONG = "That is a lot for me. Please ask me one short question at a time."
NOT_ENGLISH = "Sorry, I only understand English. Please ask in English."
NOTHING_PENDING = "Okay."
NO_SAVE = ("I cannot save anything just now, so I may forget timers and history if I restart. "
           "Help, the alarm, warnings and timers all still work.")
