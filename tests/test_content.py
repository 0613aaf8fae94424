"""Checks that Back Coach's care knowledge is traceable, speakable, short and in our own words.

Reads domain/*.yml, content/facts.yml and content/sources.yml, and the five source
articles in ../shared/care-content (read-only, beside the repo). Facts on medicines, pregnancy
and slipped discs may instead cite the NHS pages in NHS_PAGES.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).parents[1]
ARTICLES_DIR = Path(__file__).parents[1].parent / "shared" / "care-content"
ARTICLE_FILES = {
    "000_d88ce0eb670f20ad.txt",
    "001_8d5d6500851c1188.txt",
    "002_3294719f251ae2e4.txt",
    "003_8c5e77b46b55081f.txt",
    "004_547f055fb4616e69.txt",
}
NHS_PAGES = {
    "https://www.nhs.uk/medicines/ibuprofen-for-adults/",
    "https://www.nhs.uk/medicines/paracetamol-for-adults/",
    "https://www.nhs.uk/medicines/codeine/",
    "https://www.nhs.uk/conditions/back-pain/",
    "https://www.nhs.uk/conditions/slipped-disc/",
    "https://www.nhs.uk/conditions/sciatica/",
    "https://www.nhs.uk/pregnancy/related-conditions/common-symptoms/back-pain/",
}
MORE_PROMPT = "Say tell me more for details."
FIRST_ANSWER_WORDS = 35  # about fifteen seconds of speech; the rest waits for "tell me more"
RETRIEVAL = ("ask_ice", "ask_heat", "ask_medicine", "ask_stretches", "ask_hydration", "ask_sleep",
             "ask_causes", "ask_slipped_disc", "ask_get_up", "ask_toilet", "ask_massage", "ask_work",
             "ask_treatment")
RUN = 8  # words in a row that count as copying an article
EXERCISES = ("knee_to_chest", "childs_pose", "bird_dog", "bridge", "cat_cow", "cobra", "pelvic_tilt")


def _load(rel: str) -> dict:
    with open(REPO / rel, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@lru_cache(maxsize=1)
def responses() -> dict[str, list[str]]:
    """Response name -> its texts."""
    raw = _load("domain/care.yml")["responses"]
    return {name: [v["text"] for v in variants] for name, variants in raw.items()}


@lru_cache(maxsize=1)
def facts() -> dict[str, dict]:
    return {f["id"]: f for f in _load("content/facts.yml")["facts"]}


@lru_cache(maxsize=1)
def sources() -> dict[str, dict]:
    """The responses' entries (the clinical table, ``safety_table``, is checked on its own)."""
    return {k: v for k, v in _load("content/sources.yml").items() if k != "safety_table"}


def _words(text: str) -> list[str]:
    """Lowercase words with punctuation (apostrophes included) stripped."""
    text = text.lower().replace("\u2019", "'").replace("'", "")
    return re.findall(r"[a-z0-9]+", text)


@lru_cache(maxsize=1)
def article_runs() -> frozenset[tuple[str, ...]]:
    runs: set[tuple[str, ...]] = set()
    for name in ARTICLE_FILES:
        words = _words((ARTICLES_DIR / name).read_text(encoding="utf-8"))
        runs.update(tuple(words[i : i + RUN]) for i in range(len(words) - RUN + 1))
    return frozenset(runs)


def _copied_run(text: str) -> str | None:
    words = _words(text)
    for i in range(len(words) - RUN + 1):
        if tuple(words[i : i + RUN]) in article_runs():
            return " ".join(words[i : i + RUN])
    return None


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]


ALL_TEXTS = [(name, t) for name, texts in responses().items() for t in texts]


# ------------------------------------------------------------------ traceability


def test_articles_exist() -> None:
    for name in ARTICLE_FILES:
        assert (ARTICLES_DIR / name).is_file(), f"missing article {name} in {ARTICLES_DIR}"


def test_every_response_is_traced() -> None:
    missing = sorted(set(responses()) - set(sources()))
    assert not missing, f"responses without an entry in content/sources.yml: {missing}"
    extra = sorted(set(sources()) - set(responses()))
    assert not extra, f"content/sources.yml names responses that domain/care.yml lacks: {extra}"


def test_traced_facts_exist_and_sources_match() -> None:
    for name, entry in sources().items():
        assert entry.get("facts"), f"{name} lists no facts"
        assert entry.get("sources"), f"{name} lists no sources"
        for fid in entry["facts"]:
            assert fid in facts(), f"{name} uses unknown fact id {fid}"
        from_facts = {s for fid in entry["facts"] for s in facts()[fid]["sources"]}
        assert set(entry["sources"]) == from_facts, f"{name}: sources differ from its facts' sources"


def test_fact_entries_are_well_formed() -> None:
    ids = [f["id"] for f in _load("content/facts.yml")["facts"]]
    assert len(ids) == len(set(ids)), "duplicate fact ids"
    for fid, fact in facts().items():
        assert fact.get("topic"), fid
        assert fact.get("fact"), fid
        assert fact.get("sources"), fid


def test_every_source_is_one_of_the_five_articles_or_an_nhs_page() -> None:
    used = {s for f in facts().values() for s in f["sources"]}
    used |= {s for e in sources().values() for s in e["sources"]}
    assert used <= ARTICLE_FILES | NHS_PAGES, f"unknown sources: {sorted(used - ARTICLE_FILES - NHS_PAGES)}"
    for name in used - NHS_PAGES:
        assert (ARTICLES_DIR / name).is_file(), name


def test_nhs_pages_back_only_safety_topics() -> None:
    """NHS guidance is used where safety needs it: medicines, pregnancy, slipped discs,
    sciatica (when pain down a leg needs a doctor, and when it is an emergency), and keeping
    active (work)."""
    for fid, fact in facts().items():
        if set(fact["sources"]) & NHS_PAGES:
            assert fact["topic"] in {"medicine", "pregnancy", "slipped_disc", "sciatica",
                                     "work"}, fid


# ------------------------------------------------------------------ shape of the domain


def test_every_ask_intent_has_its_response() -> None:
    domain = _load("domain/care.yml")
    assert domain["version"] == "3.1"
    assert "entities" not in domain and "slots" not in domain
    assert "action_exercise_info" in domain["actions"]
    for intent in domain["intents"]:
        if intent == "feel_scared":
            assert "utter_scared" in responses()
            continue
        assert intent.startswith("ask_"), intent
        if intent == "ask_exercise":
            continue
        if intent in RETRIEVAL:  # a retrieval intent: utter_ask_X/<key>, one of them general
            keys = [n for n in responses() if n.startswith(f"utter_{intent}/")]
            assert len(keys) >= 2, intent
            assert any(k.endswith(("/general", "/water")) for k in keys), intent
            continue
        assert f"utter_{intent[4:]}" in responses(), intent


def test_exercise_responses_exist() -> None:
    for ex in EXERCISES:
        text = responses()[f"utter_exercise_{ex}"][0]
        assert re.search(r"\b(hold|holds)\b", text, re.I), f"{ex}: no hold"
        assert re.search(r"\b(times|each side|repeat)\b", text, re.I), f"{ex}: no reps"
    assert "utter_exercise_unknown" in responses()


def more_name(name: str) -> str:
    """The details of ``name`` (actions/core.py: ``more_response``)."""
    from actions.core import more_response

    return more_response(name)


def test_more_prompt_matches_more_response() -> None:
    shorts = {more_name(n): n for n in responses() if not n.endswith("_more")}
    for name, texts in responses().items():
        if name.endswith("_more"):
            assert name in shorts, f"{name} has no short answer"
            assert all(MORE_PROMPT not in t for t in texts), name
            for t in texts:
                assert 2 <= len(_sentences(t)) <= 4, f"{name}: want two to four sentences"
            continue
        has_more = more_name(name) in responses()
        for t in texts:
            assert t.endswith(MORE_PROMPT) == has_more, f"{name}: tell-me-more prompt mismatch"


# ------------------------------------------------------------------ speakable


@pytest.mark.parametrize(("name", "text"), ALL_TEXTS)
def test_response_is_speakable(name: str, text: str) -> None:
    lowered = text.lower()
    assert not re.search(r"https?://|www\.|\.com\b", lowered), f"{name}: URL"
    assert "e.g." not in lowered and "i.e." not in lowered, f"{name}: abbreviation"
    assert not re.search(r"\d\s*min", lowered), f"{name}: digits before min"
    assert not re.search(r"\bmins?\b|\bhrs?\b|\bsecs?\b", lowered), f"{name}: unit abbreviation"
    assert not re.search(r"[•\-\*]\s|[•▪◦·]", text), f"{name}: bullet character"
    assert not re.search(r"[\n\t#\[\]{}<>|]", text), f"{name}: markup"
    first = _sentences(text)[0]
    assert len(first.split()) < 25, f"{name}: first sentence too long ({len(first.split())} words)"
    for sentence in _sentences(text):
        assert len(sentence.split()) <= 35, f"{name}: sentence too long: {sentence}"


@pytest.mark.parametrize(("name", "text"), ALL_TEXTS)
def test_response_is_in_our_own_words(name: str, text: str) -> None:
    run = _copied_run(text)
    assert run is None, f"{name} copies an {RUN}-word run from an article: '{run}'"


@pytest.mark.parametrize(("name", "text"), ALL_TEXTS)
def test_response_never_diagnoses_or_promises(name: str, text: str) -> None:
    lowered = text.lower()
    for phrase in ("you have a", "you have an", "cure", "guarantee", "will fix", "permanently"):
        assert phrase not in lowered, f"{name}: '{phrase}'"
    assert not re.search(r"\b\d+\s*(mg|milligram|tablet|pill|capsule)", lowered), f"{name}: dose"


def test_medicine_answers_carry_cautions() -> None:
    med = responses()["utter_ask_medicine/general"][0].lower()
    assert "label" in med and "pharmacist" in med and "pregnant" in med
    more = responses()["utter_ask_medicine_general_more"][0].lower()
    assert "stomach" in more and "kidney" in more and "asthma" in more
    relax = responses()["utter_muscle_relaxant"][0].lower()
    assert "prescription" in relax and "drowsy" in relax and "drive" in relax
    combine = responses()["utter_ask_medicine/combine"][0].lower()
    assert combine.startswith("yes") and "label" in combine


# ------------------------------------------------------------------ short enough to hear


@lru_cache(maxsize=1)
def all_domain_responses() -> dict[str, list[str]]:
    """Every response in every domain file (care, core, safety, routines)."""
    out: dict[str, list[str]] = {}
    for path in sorted((REPO / "domain").glob("*.yml")):
        for name, variants in (_load(f"domain/{path.name}").get("responses") or {}).items():
            out[name] = [v["text"] for v in variants]
    return out


def test_no_first_answer_is_over_35_words() -> None:
    """Every response that is not the details behind "tell me more" is heard in about fifteen
    seconds: at most 35 words, the tell-me-more prompt included."""
    assert len(all_domain_responses()) > 100  # all four domain files were read
    long = {name: len(t.split()) for name, texts in all_domain_responses().items()
            if not name.endswith("_more") for t in texts if len(t.split()) > FIRST_ANSWER_WORDS}
    assert long == {}


def test_the_length_check_can_fail() -> None:
    assert len(("word " * (FIRST_ANSWER_WORDS + 1)).split()) > FIRST_ANSWER_WORDS
    assert all(len(t.split()) > FIRST_ANSWER_WORDS for n, ts in all_domain_responses().items()
               if n.endswith("_more") and len(_sentences(ts[0])) == 4 for t in ts)


def test_warning_signs_lead_with_every_emergency_sign_in_one_sentence() -> None:
    from assistant.core.events import Say
    from assistant.safety.answers import warning_signs_answer, warning_signs_more

    said = [o.text for o in warning_signs_answer("999") if isinstance(o, Say)]
    first = said[0]
    assert len(_sentences(first)) == 1 and first.startswith("Call 999 now")
    for sign in ("bladder", "bowel", "between your legs", "cannot move", "chest pain",
                 "breathing", "fall"):
        assert sign in first, sign
    assert sum(len(t.split()) for t in said) <= FIRST_ANSWER_WORDS
    assert "tell me more" in said[-1].lower()
    rest = " ".join(o.text for o in warning_signs_more() if isinstance(o, Say))
    for sign in ("fever", "numbness", "night", "two weeks", "cancer"):
        assert sign in rest, sign


def test_facts_are_in_our_own_words() -> None:
    copied = {fid: run for fid, f in facts().items() if (run := _copied_run(f["fact"]))}
    assert not copied, f"facts that copy an article: {copied}"


def test_copy_check_can_fail() -> None:
    """The own-words check really finds a copied run (guards against a check that cannot fail)."""
    sample = "Apply an ice pack for 15 to 20 minutes, three to four times a day"
    assert _copied_run(sample) is not None


def test_every_red_flag_reason_has_a_sourced_row_in_the_clinical_table() -> None:
    """Issue 13: each row of the safety screen's table cites where it comes from."""
    from assistant.safety.redflags import FLAGS

    table = _load("content/sources.yml")["safety_table"]
    for reason in sorted({f.reason for f in FLAGS}):
        row = table.get(reason)
        assert row, f"red-flag reason {reason} has no row in content/sources.yml safety_table"
        assert row.get("tier") and row.get("signs") and row.get("says"), reason
        assert row.get("sources"), f"{reason}: no sources"
        for src in row["sources"]:
            assert src in ARTICLE_FILES or src.startswith("https://www.nhs.uk/"), (reason, src)
