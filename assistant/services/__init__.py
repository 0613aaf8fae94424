"""Clock-free services the conversation drives: the alarm, timers and guided routines.

A service never sleeps and never reads a clock (see ``base.Service``). Rule: imports only
``assistant.core``.
"""
