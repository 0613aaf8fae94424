"""Safety never depends on storage: with the database unwritable, in a read-only folder, corrupt,
on a full disk or locked by another program, the store keeps everything in memory, says why
once, and help, the alarm and timers still work. A corrupt file is moved aside and kept.

Faults are real (``tests/faults.py``): ``chattr +i``, a 64 KiB tmpfs, an exclusive SQLite lock,
bytes that are not a database. The command-line versions are in ``test_service_faults.py``.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, ExitStack, nullcontext
from pathlib import Path

import pytest

from assistant.conversation import Conversation
from assistant.core.clock import VirtualClock
from assistant.core.events import Say
from assistant.core.lines import NO_SAVE
from assistant.core.ops import TimerStart
from assistant.core.settings import Settings
from assistant.core.store import Store
from tests.faults import corrupt, fill, locked, small_disk, unwritable


def seeded(db: Path) -> None:
    """A store that was working: one running ice timer, one session, one preference."""
    s = Store(db)
    s.add_timer("ice", "", 900, 1000.0)
    s.add_session("heat", 100.0, 1000.0, 900.0)
    s.set_pref("speech.rate", "130")
    s.close()


def test_a_healthy_store_saves(tmp_path: Path) -> None:
    store = Store(tmp_path / "backcoach.db")
    store.add_timer("ice", "", 900, 1000.0)
    store.flush()
    assert store.problem is None and store.saving and store.moved_aside is None
    store.close()
    assert len(Store(tmp_path / "backcoach.db").active_timers()) == 1


def test_unwritable_file_runs_from_memory_and_still_reads_what_it_held(tmp_path: Path) -> None:
    db = tmp_path / "backcoach.db"
    seeded(db)
    with unwritable(db):
        store = Store(db)
        assert store.problem and "backcoach.db" in store.problem  # found at start-up
        assert [t.kind for t in store.active_timers()] == ["ice"]
        assert store.get_pref("speech.rate") == "130"
        assert store.last_session("heat") is not None
        store.add_timer("heat", "", 600, 2000.0)
        store.flush()
        assert [t.kind for t in store.active_timers()] == ["ice", "heat"]
        store.close()
    assert len(Store(db).active_timers()) == 1  # nothing was half-written


@pytest.mark.parametrize("existing", [False, True])
def test_read_only_folder(tmp_path: Path, existing: bool) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    if existing:
        seeded(folder / "backcoach.db")
    with unwritable(folder):
        store = Store(folder / "backcoach.db")
        assert store.problem
        assert len(store.active_timers()) == (1 if existing else 0)
        store.set_pref("x", 1)
        assert store.get_pref("x") == 1
        store.close()


def test_folder_that_cannot_be_made(tmp_path: Path) -> None:
    parent = tmp_path / "ro"
    parent.mkdir()
    with unwritable(parent):
        store = Store(parent / "new" / "backcoach.db")
        assert store.problem
        store.add_timer("ice", "", 60, 0.0)
        assert len(store.active_timers()) == 1
        store.close()


class Lines(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


def test_corrupt_file_is_moved_aside_kept_and_a_new_one_started(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "backcoach.db"
    junk = corrupt(db)
    logger, lines = logging.getLogger("assistant.core.store"), Lines()
    monkeypatch.setattr(logger, "disabled", False)  # other tests' logging set-ups may disable it
    logger.addHandler(lines)
    try:
        store = Store(db)
    finally:
        logger.removeHandler(lines)
    assert store.problem is None  # a new file, saving again
    aside = store.moved_aside
    assert aside is not None and aside.parent == tmp_path and aside.name.startswith(
        "backcoach.db.corrupt-")
    assert aside.read_bytes() == junk  # kept as it was, never deleted
    assert any(str(aside) in line for line in lines.lines)  # the log says where
    store.add_timer("ice", "", 900, 0.0)
    store.close()
    assert len(Store(db).active_timers()) == 1


def test_a_damaged_row_counts_as_corrupt(tmp_path: Path) -> None:
    db = tmp_path / "backcoach.db"
    seeded(db)
    raw = sqlite3.connect(str(db))
    raw.execute("UPDATE prefs SET value = '{not json'")
    raw.commit()
    raw.close()
    store = Store(db)
    assert store.moved_aside is not None and store.problem is None
    assert store.get_pref("speech.rate") is None
    store.close()


def test_full_disk_at_start(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk") as disk:
        fill(disk)
        store = Store(disk / "backcoach.db")
        assert store.problem and "full" in store.problem
        store.add_timer("ice", "", 900, 0.0)
        assert len(store.active_timers()) == 1
        store.close()


def test_disk_fills_while_running(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", kib=512) as disk:
        store = Store(disk / "backcoach.db")
        assert store.problem is None
        fill(disk)
        for i in range(300):  # enough rows to need new pages
            store.add_session("ice", float(i), float(i + 1), 1.0)
        store.flush()
        assert store.problem and ("full" in store.problem or "disk" in store.problem)
        assert len(store.sessions_since("ice", 0)) == 300  # memory has them all
        store.close()


def test_locked_by_another_program(tmp_path: Path) -> None:
    db = tmp_path / "backcoach.db"
    seeded(db)
    with locked(db):
        store = Store(db)
        assert store.problem and "locked" in store.problem
        store.add_timer("heat", "", 60, 0.0)
        assert any(t.kind == "heat" for t in store.active_timers())
        store.close()


# ------------------------------------------------------------------ the conversation on top
def _healthy(tmp: Path) -> AbstractContextManager[Path]:
    return nullcontext(tmp / "backcoach.db")


def _unwritable_file(tmp: Path) -> AbstractContextManager[Path]:
    seeded(tmp / "backcoach.db")
    return _wrap(unwritable(tmp / "backcoach.db"), tmp / "backcoach.db")


def _read_only_folder(tmp: Path) -> AbstractContextManager[Path]:
    (tmp / "data").mkdir()
    return _wrap(unwritable(tmp / "data"), tmp / "data" / "backcoach.db")


def _full_disk(tmp: Path) -> AbstractContextManager[Path]:
    stack = ExitStack()
    disk = stack.enter_context(small_disk(tmp / "disk"))
    fill(disk)
    return _wrap(stack, disk / "backcoach.db")


def _locked(tmp: Path) -> AbstractContextManager[Path]:
    seeded(tmp / "backcoach.db")
    return _wrap(locked(tmp / "backcoach.db"), tmp / "backcoach.db")


def _wrap(cm: AbstractContextManager[object], db: Path) -> AbstractContextManager[Path]:
    class Wrapped:
        def __enter__(self) -> Path:
            cm.__enter__()
            return db

        def __exit__(self, *exc: object) -> None:
            cm.__exit__(None, None, None)

    return Wrapped()


FAULTS: dict[str, Callable[[Path], AbstractContextManager[Path]]] = {
    "unwritable file": _unwritable_file, "read-only folder": _read_only_folder,
    "full disk": _full_disk, "locked": _locked}


@pytest.fixture(params=sorted(FAULTS))
def faulty_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Path]:
    with FAULTS[request.param](tmp_path) as db:
        yield db


def test_help_timers_and_one_notice_with_a_faulty_store(faulty_db: Path) -> None:
    store = Store(faulty_db)
    assert store.problem
    conversation = Conversation(Settings(), VirtualClock(), store, None, first_run_notice=True)

    async def go() -> None:
        first = await conversation.handle_text("help")
        assert [e.type for e in first.events][:1] == ["alarm_started"]
        assert first.say.count(NO_SAVE) == 1
        assert first.say.index(NO_SAVE) > 0  # after the safety answer, never before
        stop = await conversation.handle_text("stop")
        assert "alarm_stopped" in [e.type for e in stop.events]
        timer = conversation.do(TimerStart("other", 60), conversation.clock.now())
        assert any(getattr(o, "type", "") == "timer_started" for o in timer), timer
        fired = [o for _, outs in conversation.advance(61) for o in outs]
        assert any(getattr(o, "type", "") == "timer_finished" for o in fired)
        later = await conversation.handle_text("help")
        assert NO_SAVE not in later.say  # said once only

    asyncio.run(go())
    store.close()


def test_no_notice_when_saving(tmp_path: Path) -> None:
    store = Store(tmp_path / "backcoach.db")
    conversation = Conversation(Settings(), VirtualClock(), store, None)
    result = asyncio.run(conversation.handle_text("help"))
    assert NO_SAVE not in result.say and result.events[0].type == "alarm_started"
    store.close()


def test_notice_when_saving_fails_between_turns(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", kib=512) as disk:
        store = Store(disk / "backcoach.db")
        conversation = Conversation(Settings(), VirtualClock(), store, None)
        conversation.do(TimerStart("ice", 60), conversation.clock.now())
        fill(disk)
        for i in range(300):
            store.add_session("heat", float(i), float(i + 1), 1.0)
        store.flush()
        fired = [o for _, outs in conversation.advance(61) for o in outs]
        said = [o.text for o in fired if isinstance(o, Say)]
        assert said[0] == "Time is up. Take the ice pack off now."  # the timer first
        assert said.count(NO_SAVE) == 1 and said.index(NO_SAVE) == 1
        store.close()
