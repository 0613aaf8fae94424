"""SQLite store: timers (absolute deadlines), session history and preferences.

One file, ``<settings.data_path>/backcoach.db``, standard library ``sqlite3`` in WAL mode with
``synchronous=FULL`` so a committed change survives a crash or ``kill -9``. Only session
*events* are stored (what kind, when it started and ended); never audio, never transcripts.
Preference values are stored as JSON text (no pickles).
"""

from __future__ import annotations

import json
import sqlite3
import threading
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

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


class Store:
    """Thread-safe access to the Back Coach database."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(str(self.path), check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(SCHEMA)

    @classmethod
    def for_data_dir(cls, data_path: str | Path) -> Store:
        """The store in a data directory (``settings.data_path``)."""
        return cls(Path(data_path) / DB_NAME)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def _exec(self, sql: str, params: tuple[Any, ...] = ()) -> sqlite3.Cursor:
        with self._lock:
            return self._db.execute(sql, params)

    def _query(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._db.execute(sql, params).fetchall()

    # ------------------------------------------------------------------ timers
    def add_timer(self, kind: str, label: str, seconds: float, started_at: float) -> TimerRow:
        deadline = started_at + seconds
        cur = self._exec(
            "INSERT INTO timers (kind, label, seconds, started_at, deadline, state)"
            " VALUES (?, ?, ?, ?, ?, 'running')",
            (kind, label, seconds, started_at, deadline),
        )
        timer_id = cur.lastrowid
        assert timer_id is not None
        return TimerRow(timer_id, kind, label, seconds, started_at, deadline, None, "running",
                        None, 0, None, 0)

    def save_timer(self, timer: TimerRow) -> None:
        """Write every field of ``timer`` back to its row."""
        cols = [f for f in _TIMER_FIELDS if f != "id"]
        sets = ", ".join(f"{c} = ?" for c in cols)
        values = tuple(getattr(timer, c) for c in cols)
        self._exec(f"UPDATE timers SET {sets} WHERE id = ?", (*values, timer.id))

    def get_timer(self, timer_id: int) -> TimerRow | None:
        rows = self._query(f"SELECT {', '.join(_TIMER_FIELDS)} FROM timers WHERE id = ?", (timer_id,))
        return TimerRow(*rows[0]) if rows else None

    def active_timers(self) -> list[TimerRow]:
        """Running, paused and ringing timers, oldest first."""
        rows = self._query(
            f"SELECT {', '.join(_TIMER_FIELDS)} FROM timers WHERE state IN (?, ?, ?) ORDER BY id",
            ACTIVE_STATES,
        )
        return [TimerRow(*r) for r in rows]

    # ------------------------------------------------------------------ sessions
    def add_session(self, kind: str, started_at: float, ended_at: float, seconds: float) -> int:
        cur = self._exec(
            "INSERT INTO sessions (kind, started_at, ended_at, seconds) VALUES (?, ?, ?, ?)",
            (kind, started_at, ended_at, seconds),
        )
        return int(cur.lastrowid or 0)

    def last_session(self, kind: str) -> SessionRow | None:
        rows = self._query(
            "SELECT id, kind, started_at, ended_at, seconds FROM sessions WHERE kind = ?"
            " ORDER BY ended_at DESC, id DESC LIMIT 1",
            (kind,),
        )
        return SessionRow(*rows[0]) if rows else None

    def sessions_since(self, kind: str, since: float) -> list[SessionRow]:
        """Sessions of ``kind`` that ended at or after ``since``, oldest first."""
        rows = self._query(
            "SELECT id, kind, started_at, ended_at, seconds FROM sessions"
            " WHERE kind = ? AND ended_at >= ? ORDER BY ended_at, id",
            (kind, since),
        )
        return [SessionRow(*r) for r in rows]

    def first_session(self, kind: str) -> SessionRow | None:
        rows = self._query(
            "SELECT id, kind, started_at, ended_at, seconds FROM sessions WHERE kind = ?"
            " ORDER BY started_at, id LIMIT 1",
            (kind,),
        )
        return SessionRow(*rows[0]) if rows else None

    # ------------------------------------------------------------------ prefs
    def get_pref(self, key: str, default: Any = None) -> Any:
        rows = self._query("SELECT value FROM prefs WHERE key = ?", (key,))
        return json.loads(rows[0][0]) if rows else default

    def set_pref(self, key: str, value: Any) -> None:
        self._exec(
            "INSERT INTO prefs (key, value) VALUES (?, ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(value)),
        )
