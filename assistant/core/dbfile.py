"""The SQLite file under the store: its schema, opening it, and moving a damaged one aside."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

DB_NAME = "backcoach.db"
BUSY_SECONDS = 1.0
"""How long to wait for another program's lock on the file before giving up on it."""

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
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS prefs (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""


def connect(path: Path, read_only: bool = False) -> sqlite3.Connection:
    """The file opened for the store (WAL, ``synchronous=FULL``, schema in place), checked with
    ``PRAGMA quick_check``. ``read_only``: open it as it is, without locks or changes (to read
    what a file we may not write still holds). Raises ``sqlite3.Error`` or ``OSError``."""
    if read_only:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True,
                             check_same_thread=False, isolation_level=None)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None,
                             timeout=BUSY_SECONDS)
    try:
        if not read_only:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            db.executescript(SCHEMA)
            # a real write now, so a file we may read but not write is found at start-up
            db.execute("INSERT INTO meta (key, value) VALUES ('opened_at', ?) ON CONFLICT(key)"
                       " DO UPDATE SET value = excluded.value", (str(time.time()),))
        check = db.execute("PRAGMA quick_check").fetchone()
        if check is None or check[0] != "ok":
            raise sqlite3.DatabaseError(f"database disk image is malformed ({check})")
    except BaseException:
        db.close()
        raise
    return db


def move_aside(path: Path) -> Path:
    """Rename a damaged file (and its ``-wal``/``-shm``) to ``<name>.corrupt-<time>``: kept,
    never deleted. The new name of the main file."""
    aside = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
    n = 1
    while aside.exists():
        n += 1
        aside = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}-{n}")
    for suffix in ("-wal", "-shm", ""):
        old = Path(f"{path}{suffix}")
        if old.exists():
            old.rename(Path(f"{aside}{suffix}"))
    return aside


def is_corrupt(exc: sqlite3.Error) -> bool:
    """Not a database, or a damaged one (rather than one we may not write to just now)."""
    return isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.OperationalError)


def why(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__
