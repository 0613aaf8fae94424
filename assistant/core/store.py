"""The store: timers (absolute deadlines), session history and preferences.

Kept in memory and written to one SQLite file, ``<data dir>/backcoach.db``, by one writer
thread, so no caller ever waits for the disk: reads come from memory and writes are queued.
The writer uses WAL mode with ``synchronous=FULL``, so a committed change survives a crash or
``kill -9``; :meth:`Store.flush` waits until everything asked so far is committed. Only session
*events* are stored (what kind, when it started and ended); never audio, never transcripts.
Preference values are JSON text (no pickles).

Safety never depends on the disk: if the file cannot be opened or written (unwritable, read-only
folder, full disk, locked by another program) the store keeps everything in memory for the rest
of the run and says why in :attr:`Store.problem`; a corrupt file is moved aside (kept, never
deleted; :attr:`Store.moved_aside`) and a new one started.
"""

from __future__ import annotations

import json
import logging
import queue
import sqlite3
import threading
from dataclasses import astuple, dataclass, fields
from pathlib import Path
from typing import Any

from assistant.core import dbfile
from assistant.core.dbfile import DB_NAME, why

log = logging.getLogger(__name__)

ACTIVE_STATES = ("running", "paused", "ringing")


@dataclass
class TimerRow:
    """One timer. ``deadline`` is absolute epoch seconds; ``seconds`` is the planned length."""

    id: int
    kind: str
    label: str
    seconds: float
    started_at: float
    deadline: float
    paused_remaining: float | None
    state: str
    acknowledged_at: float | None
    reprompts: int
    next_prompt_at: float | None
    prompts_done: int


@dataclass(frozen=True)
class SessionRow:
    """One ice/heat session: when it was on, and for how many seconds of active time."""

    id: int
    kind: str
    started_at: float
    ended_at: float
    seconds: float


_TIMER_FIELDS = [f.name for f in fields(TimerRow)]
_SESSION_FIELDS = [f.name for f in fields(SessionRow)]
_Write = tuple[str, tuple[Any, ...]]


class Store:
    """Timers, sessions and preferences in memory, persisted by a writer thread."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.problem: str | None = None
        """Why nothing is being saved (None: saving). Set once; memory only from then on."""
        self._problem_told = False
        self.moved_aside: Path | None = None
        """Where a corrupt file was moved to (kept for inspection), if one was."""
        self._timers: dict[int, TimerRow] = {}
        self._sessions: list[SessionRow] = []
        self._prefs: dict[str, Any] = {}
        self._next_timer = self._next_session = 1
        self._db: sqlite3.Connection | None = None
        try:
            self._db = self._open_and_load(self.path)
        except sqlite3.Error as exc:
            if dbfile.is_corrupt(exc):
                self._start_again(exc)
            else:
                self._memory_only(f"could not open {self.path}: {why(exc)}")
                self._read_what_we_can()
        except OSError as exc:  # the folder could not be made
            self._memory_only(f"could not open {self.path}: {exc.strerror or exc}")
        self._lock = threading.Lock()
        self._writes: queue.Queue[_Write | None] = queue.Queue()
        self._writer = threading.Thread(target=self._write_loop, name="store-writer", daemon=True)
        self._writer.start()

    @classmethod
    def for_data_dir(cls, data_path: str | Path) -> Store:
        """The store in a data directory (``settings.data_path``)."""
        return cls(Path(data_path) / DB_NAME)

    @property
    def saving(self) -> bool:
        return self.problem is None

    def news_of_problem(self) -> str | None:
        """:attr:`problem`, the first time it is asked for after it arose (to say it once)."""
        if self.problem is None or self._problem_told:
            return None
        self._problem_told = True
        return self.problem

    # ------------------------------------------------------------------ opening
    def _open_and_load(self, path: Path, read_only: bool = False) -> sqlite3.Connection:
        """Open (or create) the file and read its state into memory; the connection on success,
        closed again on any error."""
        db = dbfile.connect(path, read_only)
        try:
            self._load(db)
        except BaseException:
            db.close()
            raise
        return db

    def _load(self, db: sqlite3.Connection) -> None:
        try:
            timers = {r[0]: TimerRow(*r) for r in db.execute(
                f"SELECT {', '.join(_TIMER_FIELDS)} FROM timers WHERE state IN (?, ?, ?)"
                " ORDER BY id", ACTIVE_STATES)}
            sessions = [SessionRow(*r) for r in db.execute(
                f"SELECT {', '.join(_SESSION_FIELDS)} FROM sessions ORDER BY ended_at, id")]
            prefs = {k: json.loads(v) for k, v in db.execute("SELECT key, value FROM prefs")}
            last_timer = int(db.execute("SELECT COALESCE(MAX(id), 0) FROM timers").fetchone()[0])
        except (ValueError, TypeError) as exc:  # rows that are not what we wrote
            raise sqlite3.DatabaseError(f"unreadable rows: {exc}") from exc
        self._timers, self._sessions, self._prefs = timers, sessions, prefs
        self._next_timer = last_timer + 1
        self._next_session = max((s.id for s in sessions), default=0) + 1

    def _start_again(self, exc: sqlite3.Error) -> None:
        """A corrupt file: move it (and its journal) aside, keep it, and start a new one."""
        try:
            aside = dbfile.move_aside(self.path)
        except OSError as move_exc:
            self._memory_only(f"{self.path} is damaged ({why(exc)}) and could not be moved "
                              f"aside: {move_exc.strerror or move_exc}")
            return
        self.moved_aside = aside
        log.warning("%s was damaged (%s); moved aside to %s and started a new one",
                    self.path, why(exc), aside)
        try:
            self._db = self._open_and_load(self.path)
        except (sqlite3.Error, OSError) as again:
            self._memory_only(f"could not start a new {self.path}: {why(again)}")

    def _read_what_we_can(self) -> None:
        """Memory only: still start from what the file holds, if it can be read at all."""
        if not self.path.is_file():
            return
        try:
            self._open_and_load(self.path, read_only=True).close()
        except (sqlite3.Error, OSError) as exc:
            log.warning("could not read %s either: %s", self.path, why(exc))

    def _memory_only(self, why: str) -> None:
        if self.problem is None:
            self.problem = why
            log.error("nothing will be saved this run (kept in memory only): %s", why)

    # ------------------------------------------------------------------ the writer
    def _write_loop(self) -> None:
        while True:
            item = self._writes.get()
            try:
                if item is None:
                    return
                if self._db is None or self.problem is not None:
                    continue
                sql, params = item
                try:
                    self._db.execute(sql, params)
                except sqlite3.Error as exc:  # a full disk, a lock, a file made read-only...
                    self._memory_only(f"could not save to {self.path}: {why(exc)}")
            finally:
                self._writes.task_done()

    def _write(self, sql: str, params: tuple[Any, ...]) -> None:
        self._writes.put((sql, params))

    def flush(self) -> None:
        """Block until every write asked for so far is committed (tests, shutdown)."""
        self._writes.join()

    def close(self) -> None:
        """Write what is queued, then close the file."""
        if self._writer.is_alive():
            self._writes.put(None)
            self._writer.join()
        if self._db is not None:
            try:
                self._db.close()
            except sqlite3.Error as exc:
                log.warning("closing %s: %s", self.path, why(exc))

    # ------------------------------------------------------------------ timers
    def add_timer(self, kind: str, label: str, seconds: float, started_at: float) -> TimerRow:
        with self._lock:
            timer_id = self._next_timer
            self._next_timer += 1
            t = TimerRow(timer_id, kind, label, seconds, started_at, started_at + seconds, None,
                         "running", None, 0, None, 0)
            self._timers[timer_id] = t
        self._write(f"INSERT INTO timers ({', '.join(_TIMER_FIELDS)}) VALUES "
                    f"({', '.join('?' * len(_TIMER_FIELDS))})", astuple(t))
        return TimerRow(*astuple(t))

    def save_timer(self, timer: TimerRow) -> None:
        """Keep every field of ``timer`` (and write it back to its row)."""
        with self._lock:
            if timer.state in ACTIVE_STATES:
                self._timers[timer.id] = TimerRow(*astuple(timer))
            else:
                self._timers.pop(timer.id, None)
        cols = [f for f in _TIMER_FIELDS if f != "id"]
        sets = ", ".join(f"{c} = ?" for c in cols)
        values = tuple(getattr(timer, c) for c in cols)
        self._write(f"UPDATE timers SET {sets} WHERE id = ?", (*values, timer.id))

    def active_timers(self) -> list[TimerRow]:
        """Running, paused and ringing timers, oldest first (copies)."""
        with self._lock:
            return [TimerRow(*astuple(t)) for _, t in sorted(self._timers.items())]

    # ------------------------------------------------------------------ sessions
    def add_session(self, kind: str, started_at: float, ended_at: float, seconds: float) -> int:
        with self._lock:
            row = SessionRow(self._next_session, kind, started_at, ended_at, seconds)
            self._next_session += 1
            self._sessions.append(row)
            self._sessions.sort(key=lambda s: (s.ended_at, s.id))
        self._write("INSERT INTO sessions (id, kind, started_at, ended_at, seconds)"
                    " VALUES (?, ?, ?, ?, ?)", astuple(row))
        return row.id

    def last_session(self, kind: str) -> SessionRow | None:
        with self._lock:
            found = [s for s in self._sessions if s.kind == kind]
        return max(found, key=lambda s: (s.ended_at, s.id)) if found else None

    def sessions_since(self, kind: str, since: float) -> list[SessionRow]:
        """Sessions of ``kind`` that ended at or after ``since``, oldest first."""
        with self._lock:
            return [s for s in self._sessions if s.kind == kind and s.ended_at >= since]

    def first_session(self, kind: str) -> SessionRow | None:
        with self._lock:
            found = [s for s in self._sessions if s.kind == kind]
        return min(found, key=lambda s: (s.started_at, s.id)) if found else None

    # ------------------------------------------------------------------ prefs
    def get_pref(self, key: str, default: Any = None) -> Any:
        with self._lock:
            return self._prefs.get(key, default)

    def set_pref(self, key: str, value: Any) -> None:
        text = json.dumps(value)
        with self._lock:
            self._prefs[key] = json.loads(text)
        self._write("INSERT INTO prefs (key, value) VALUES (?, ?)"
                    " ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, text))

