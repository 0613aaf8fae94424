"""What the timers say, and where each care rule comes from.

Every sentence is our own wording, short and calm, for someone lying down in pain. Numbers are
written as digits only where a speech engine reads them well ("15 minutes").
"""

from __future__ import annotations

from assistant.services.timers import clock_time

# Which article (in shared/care-content/) each rule comes from.
SOURCES: dict[str, tuple[str, ...]] = {
    # Ice 15 to 20 minutes a session; the default of 15 is the low end.
    "ice_duration_15_to_20_minutes": ("000_d88ce0eb670f20ad.txt", "001_8d5d6500851c1188.txt"),
    # Never more than 20 minutes of ice at a time: the cap.
    "ice_max_20_minutes": ("003_8c5e77b46b55081f.txt", "001_8d5d6500851c1188.txt"),
    # A towel or thin cloth between skin and ice pack or heat pad.
    "cloth_between_skin_and_pack": (
        "000_d88ce0eb670f20ad.txt", "001_8d5d6500851c1188.txt", "004_547f055fb4616e69.txt"),
    # Heating pad on a low setting; never fall asleep with it on the skin.
    "heat_low_never_sleep": ("001_8d5d6500851c1188.txt", "003_8c5e77b46b55081f.txt"),
    # Heat 20 minutes at a time (alternating advice): the heat cap.
    "heat_20_minutes_at_a_time": ("001_8d5d6500851c1188.txt",),
    # After ice, rest the skin for a couple of hours before the next session.
    "skin_rest_couple_of_hours": ("001_8d5d6500851c1188.txt",),
    # Repeat every 2 hours; 3 to 4 times a day for the first 2 to 3 days (48 to 72 hours).
    "ice_every_2_hours_3_to_4_a_day": ("000_d88ce0eb670f20ad.txt",),
    # Heat (moist heat) after the first 72 hours.
    "heat_after_72_hours": ("000_d88ce0eb670f20ad.txt", "001_8d5d6500851c1188.txt"),
    # Alternating: hot then cold, 20 minutes at a time, a 20 minute break in between.
    "alternate_20_on_20_break": ("001_8d5d6500851c1188.txt", "004_547f055fb4616e69.txt"),
}

NAMES = {"ice": "ice timer", "heat": "heat timer", "other": "timer"}
ITEMS = {"ice": "ice pack", "heat": "heat pad"}
ALARM = "alarm"
"""The label of an alarm at a time of day."""
LABEL_NAMES = {"next_session": "reminder for your next ice session",
               "alternate_break": "break timer", ALARM: "alarm"}
ALTERNATE_BREAK_SECONDS = 20 * 60


def timer_name(kind: str, label: str = "") -> str:
    return LABEL_NAMES.get(label) or NAMES.get(kind, "timer")


def say_duration(seconds: float, about: bool = False) -> str:
    """``900`` -> "15 minutes"; ``90`` -> "1 minute and 30 seconds"; ``about`` rounds."""
    s = max(0, round(seconds))
    if s < 60:
        return f"{s} seconds" if s != 1 else "1 second"
    minutes, rest = divmod(s, 60)
    if about or rest == 0:
        m = round(s / 60)
        text = "1 minute" if m == 1 else f"{m} minutes"
        return ("about " + text) if about and rest else text
    head = "1 minute" if minutes == 1 else f"{minutes} minutes"
    return f"{head} and {rest} seconds"


def say_ago(seconds: float) -> str:
    """A relative time in the past, rounded the way people say it."""
    s = max(0.0, seconds)
    if s < 60:
        return "just now"
    if s < 90:
        return "about a minute ago"
    if s < 90 * 60:
        return f"{round(s / 60)} minutes ago"
    if s < 24 * 3600:
        hours = round(s / 3600 * 2) / 2
        whole = int(hours)
        if hours != whole:
            return f"about {whole} and a half hours ago" if whole else "about half an hour ago"
        return "about 1 hour ago" if whole == 1 else f"about {whole} hours ago"
    return "more than a day ago"


def start_text(kind: str, seconds: float, label: str = "") -> str:
    """The one-sentence confirmation plus the one safety tip that matters."""
    length = say_duration(seconds)
    if kind == "ice":
        return (f"Ice timer started for {length}. "
                "Keep a towel or thin cloth between your skin and the ice pack.")
    if kind == "heat":
        return (f"Heat timer started for {length}. "
                "Keep the heat on a low setting with a cloth under it, and never fall asleep on it.")
    if label == "next_session":
        return "Okay. I will remind you about the next ice session in about two hours."
    return f"Timer started for {length}."


def cap_reason(kind: str) -> str:
    if kind == "ice":
        return "Ice for longer than 20 minutes at a time can hurt the skin."
    if kind == "heat":
        return "Heat is best kept to 20 minutes at a time, so the skin does not burn."
    return "That is the longest reminder I keep."


def cap_text(kind: str, asked: float, cap: float) -> str:
    return f"I set it for {say_duration(cap)}, not {say_duration(asked)}. {cap_reason(kind)}"


def say_in(seconds: float) -> str:
    """How long until something, the way people say it: "in 20 minutes", "in about 3 hours"."""
    if seconds < 90 * 60:
        return f"in {say_duration(seconds, about=True)}"
    hours, minutes = divmod(round(seconds / 60), 60)
    head = "1 hour" if hours == 1 else f"{hours} hours"
    if minutes < 5:
        return f"in about {head}"
    return f"in {head} and {minutes} minutes"


def alarm_text(when: float, now: float) -> str:
    return (f"Alarm set for {clock_time.say(when)} {clock_time.part_of_day(when)}, "
            f"{say_in(when - now)}.")


def end_text(kind: str, late: float, label: str = "", deadline: float = 0.0) -> str:
    """The urgent end prompt; after a restart it says how long ago the timer ended."""
    if label == ALARM:
        if late >= 60:
            return f"Your alarm for {clock_time.say(deadline)} went off {say_ago(late)}."
        return f"It is {clock_time.say(deadline)}. This is your alarm."
    item = ITEMS.get(kind)
    if late >= 30:
        name = NAMES.get(kind, "timer")
        tail = f" Take the {item} off now." if item else ""
        return f"Your {name} ended {say_ago(late)}.{tail}"
    if item:
        return f"Time is up. Take the {item} off now."
    return "Your timer is done."


def halfway_text(kind: str, remaining: float) -> str:
    return f"Halfway. {say_duration(remaining, about=True).capitalize()} left on the {timer_name(kind)}."


def one_minute_text(kind: str) -> str:
    return f"One minute left on the {timer_name(kind)}."


def ack_text(kind: str) -> str:
    if kind == "ice":
        return ("Good. Let your skin rest for a couple of hours before the next ice session. "
                "In the first two or three days, three or four sessions a day is plenty. "
                "Shall I remind you in about two hours?")
    if kind == "heat":
        return "Good. The heat is off. Rest now."
    return "Okay."


GIVE_UP_TEXT = "I will stop reminding you now. Please make sure the pack is off your skin."
NEXT_SESSION_TEXT = ("It is time for your next ice session, if you would like one. "
                     "When the pack is ready, say start an ice timer.")
ALTERNATE_BREAK_START = ("Now rest for 20 minutes with nothing on your back. "
                         "I will tell you when the break is over.")
ALTERNATE_BREAK_END = ("The break is over. For the cold part, wrap the ice pack in a towel "
                       "and say start an ice timer.")
HEAT_EARLY_NOTE = "In the first three days, ice often helps more than heat."
