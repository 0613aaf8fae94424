"""Guided stretches: steps, hold seconds and repetitions, with the article each came from.

Ids match the ``exercise`` entity. Where the articles are silent (or say "a few seconds") we use
safe, mainstream gentle values and say so in ``note``. Every sentence is our own wording.
Articles are in shared/care-content/.
"""

from __future__ import annotations

from dataclasses import dataclass

A000 = "000_d88ce0eb670f20ad.txt"
A001 = "001_8d5d6500851c1188.txt"
A002 = "002_3294719f251ae2e4.txt"
A003 = "003_8c5e77b46b55081f.txt"
A004 = "004_547f055fb4616e69.txt"


@dataclass(frozen=True)
class Exercise:
    id: str
    name: str
    """Spoken name."""
    setup: str
    """How to get into the starting position (said once)."""
    moves: tuple[str, ...]
    """What to do before each hold; several moves alternate (sides, cat then cow)."""
    hold: int
    """Seconds to hold each move, counted aloud."""
    rounds: int
    """How many times the whole ``moves`` cycle is done."""
    rest: int
    """Seconds of rest after each release."""
    sources: tuple[str, ...]
    note: str = ""


EXERCISES: dict[str, Exercise] = {
    "knee_to_chest": Exercise(
        id="knee_to_chest", name="Knee to chest",
        setup="Lie on your back with your knees bent and your feet flat.",
        moves=("Gently pull both knees toward your chest.",),
        hold=20, rounds=2, rest=5, sources=(A004,),
        note="Article: hold 20 to 30 seconds, 2 to 3 times. We use the low end of both."),
    "childs_pose": Exercise(
        id="childs_pose", name="Child's pose",
        setup="Start on your hands and knees, with your knees apart.",
        moves=("Sit back slowly toward your heels and reach your arms forward on the floor. "
               "Let your chest sink toward your thighs.",),
        hold=20, rounds=2, rest=5, sources=(A004, A001),
        note="Article 004: hold 20 to 30 seconds, 2 to 3 times. We use the low end."),
    "bird_dog": Exercise(
        id="bird_dog", name="Bird dog",
        setup="Start on your hands and knees, with your back flat.",
        moves=("Reach your right arm forward and your left leg back.",
               "Now reach your left arm forward and your right leg back."),
        hold=5, rounds=10, rest=3, sources=(A004,),
        note="Article: hold a few seconds, 10 times on each side. 'A few seconds' is our 5."),
    "bridge": Exercise(
        id="bridge", name="Bridge",
        setup="Lie on your back with your knees bent and your feet flat on the floor.",
        moves=("Press your feet into the floor and lift your hips, "
               "in a straight line from knees to shoulders.",),
        hold=10, rounds=10, rest=4, sources=(A004,),
        note="Article: hold 10 to 15 seconds, 10 times. We use the low end of the hold."),
    "cat_cow": Exercise(
        id="cat_cow", name="Cat cow",
        setup="Start on your hands and knees, with your back flat.",
        moves=("Gently round your back up toward the ceiling and let your head drop.",
               "Now let your belly sink slowly and lift your head a little."),
        hold=5, rounds=5, rest=2, sources=(A004,),
        note="The article names cat-cow but gives no times. 5 slow rounds with 5 second holds "
             "are common gentle values."),
    "cobra": Exercise(
        id="cobra", name="Cobra",
        setup="Lie flat on your stomach with your hands flat on the floor beside your shoulders.",
        moves=("Slowly lift your chest off the floor, only as far as is comfortable. "
               "Keep your hips down.",),
        hold=10, rounds=3, rest=5, sources=(A003,),
        note="Article 003 describes the pose and says to stretch for 30 seconds or more in "
             "general. For a back that is still sore we use gentle 10 second holds, 3 times."),
    "pelvic_tilt": Exercise(
        id="pelvic_tilt", name="Pelvic tilt",
        setup="Lie on your back with your knees bent and your feet flat on the floor.",
        moves=("Gently tighten your tummy and press the small of your back into the floor.",),
        hold=5, rounds=5, rest=3, sources=(A004,),
        note="The article names gentle targeted exercises for the lower back but not this one. "
             "The pelvic tilt is the standard gentlest floor exercise; 5 second holds, 5 times, "
             "are common gentle values."),
}

DEFAULT_EXERCISE = "knee_to_chest"

# Safety rules used around every stretch, with their sources.
SAFETY_SOURCES: dict[str, tuple[str, ...]] = {
    "stretch_after_spasm_eases": (A000,),
    "stop_if_pain": (A001, A004),
    "do_only_what_you_tolerate": (A002,),
    "breathing_5_in_1_pause_3_4_out_no_pause": (A001,),
}

COUNT_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 10: "ten", 20: "twenty",
               30: "thirty", 40: "forty", 50: "fifty"}


def hold_counts(hold: int) -> list[tuple[float, str]]:
    """Counted hold cues: "Hold." at 0, "ten" ten seconds before the end, then five to one,
    and "And release." at ``hold``. Offsets in seconds from the start of the hold."""
    cues: list[tuple[float, str]] = [(0.0, "Hold.")]
    for tens in (50, 40, 30, 20, 10):
        if tens < hold:
            cues.append((float(hold - tens), COUNT_WORDS[tens] + "."))
    for n in (5, 4, 3, 2, 1):
        if n < hold:
            cues.append((float(hold - n), COUNT_WORDS[n] + ("." if n == 1 else ",")))
    cues.append((float(hold), "And release."))
    return cues


def spoken_list() -> str:
    names = [e.name.lower() for e in EXERCISES.values()]
    return ", ".join(names[:-1]) + " and " + names[-1]
