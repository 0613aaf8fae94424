"""The store: timers (absolute deadlines), session history and preferences.

Kept in memory and written to one SQLite file, ``<data dir>/backcoach.db``, by one writer
thread, so no caller ever waits for the disk: reads come from memory and writes are queued.
The writer uses WAL mode with ``synchronous=FULL``, so a committed change survives a crash or
``kill -9``; :meth:`Store.flush` waits until everything asked so far is committed. Only session
*events* are stored (what kind, when it started and ended); never audio, never transcripts.
Preference values are JSON text (no pickles).
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

log = logging.getLogger(__name__)
DB_NAME = "backcoach.db"

SCHEMA = """
CREATE TABLE IF NOT EXISTS timers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    seconds REAL NOT NULL,
    started_at REAL NOT NULL,
    deadline REAL NOT NULL,
    paused_remaining REAL,
    state TEXT NOT NULL CHECK (state IN ('running','paused','ringing','done','cancelled')),
    acknowledged_at REAL,
    reprompts INTEGER NOT NULL DEFAULT 0,
    next_prompt_at REAL,
    prompts_done INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS timers_state ON timers(state);
CREATE TABLE IF NOT EXISTS sessions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    started_at REAL NOT NULL,
    ended_at REAL NOT NULL,
    seconds REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS sessions_kind_end ON sessions(kind, ended_at);
CREATE TABLE IF NOT EXISTS prefs (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""

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
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(str(self.path), check_same_thread=False, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=FULL")
        db.executescript(SCHEMA)
        self._timers: dict[int, TimerRow] = {
            r[0]: TimerRow(*r) for r in db.execute(
                f"SELECT {', '.join(_TIMER_FIELDS)} FROM timers WHERE state IN (?, ?, ?)"
                " ORDER BY id", ACTIVE_STATES)}
        self._sessions = [SessionRow(*r) for r in db.execute(
            f"SELECT {', '.join(_SESSION_FIELDS)} FROM sessions ORDER BY ended_at, id")]
        self._prefs: dict[str, Any] = {k: json.loads(v) for k, v in
                                       db.execute("SELECT key, value FROM prefs")}
        self._next_timer = int(db.execute("SELECT COALESCE(MAX(id), 0) FROM timers")
                               .fetchone()[0]) + 1
        self._next_session = max((s.id for s in self._sessions), default=0) + 1
        self._db = db
        self._lock = threading.Lock()
        self._writes: queue.Queue[_Write | None] = queue.Queue()
        self._writer = threading.Thread(target=self._write_loop, name="store-writer", daemon=True)
        self._writer.start()

    @classmethod
    def for_data_dir(cls, data_path: str | Path) -> Store:
        """The store in a data directory (``settings.data_path``)."""
        return cls(Path(data_path) / DB_NAME)

    # ------------------------------------------------------------------ the writer
    def _write_loop(self) -> None:
        while True:
            item = self._writes.get()
            try:
                if item is None:
                    return
                sql, params = item
                try:
                    self._db.execute(sql, params)
                except sqlite3.Error:
                    log.exception("could not save to %s", self.path)
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
        self._db.close()

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
