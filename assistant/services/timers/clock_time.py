"""Alarms at a time of day ("wake me at seven", "an alarm for half past two"): the deadline
they stand for, and how a time is said.

A time without am or pm means the next time the clock shows it (at 10 in the morning, "two
o'clock" is 2 in the afternoon; at 3 in the afternoon, it is 2 in the night). Times are local.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

_FORMAT = re.compile(r"^(?P<h>1[0-2]|[1-9]):(?P<m>[0-5][0-9])(?: (?P<mer>am|pm))?$")


@dataclass(frozen=True)
class ClockTime:
    """A time of day as said: ``hour`` 1-12, ``minute``, ``meridiem`` "am", "pm" or ""."""

    hour: int
    minute: int
    meridiem: str = ""


def parse(text: str) -> ClockTime:
    """"7:30 pm" -> ClockTime(7, 30, "pm"); ValueError for anything else."""
    m = _FORMAT.match(text.strip())
    if m is None:
        raise ValueError(f"not a time of day: {text!r}")
    return ClockTime(int(m["h"]), int(m["m"]), m["mer"] or "")


def _hours24(at: ClockTime) -> list[int]:
    """The 24-hour clock hours ``at`` can mean."""
    base = at.hour % 12
    if at.meridiem == "am":
        return [base]
    if at.meridiem == "pm":
        return [base + 12]
    return [base, base + 12]


def deadline(at: ClockTime, now: float) -> float:
    """The next moment after ``now`` (epoch seconds) that the local clock shows ``at``."""
    local = time.localtime(now)
    best: float | None = None
    for day in (0, 1):
        for hour in _hours24(at):
            t = time.mktime((local.tm_year, local.tm_mon, local.tm_mday + day, hour, at.minute,
                             0, 0, 0, -1))
            if t > now + 30 and (best is None or t < best):
                best = t
    assert best is not None  # the same time tomorrow is always later
    return best


def say(at_epoch: float) -> str:
    """How a deadline is said: "7 o'clock", "7:30", "12 noon"."""
    local = time.localtime(at_epoch)
    hour = local.tm_hour % 12 or 12
    if local.tm_min == 0:
        if local.tm_hour == 12:
            return "12 noon"
        if local.tm_hour == 0:
            return "midnight"
        return f"{hour} o'clock"
    return f"{hour}:{local.tm_min:02d}"


def part_of_day(at_epoch: float) -> str:
    """ "in the morning", "in the afternoon", "in the evening" or "at night"."""
    h = time.localtime(at_epoch).tm_hour
    if 5 <= h < 12:
        return "in the morning"
    if 12 <= h < 18:
        return "in the afternoon"
    if 18 <= h < 22:
        return "in the evening"
    return "at night"
