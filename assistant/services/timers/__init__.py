"""Ice, heat and plain timers: state (``book``), commands, firing (``service``), what they say
(``phrases``) and history answers (``history``)."""
