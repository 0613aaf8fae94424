"""One live assistant per data folder.

``backcoach run`` holds an exclusive ``flock`` on the data folder itself (not on a file in it),
so the lock works even when the folder is read-only or the disk is full, and it is released by
the kernel when the process ends, however it ends (no stale lock after a crash or ``kill -9``).
The holder's process id is written to ``backcoach.pid`` when it can be, only to name it in the
message a second copy prints. ``ask``, ``chat`` and ``listen`` never take the lock.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
PID_NAME = "backcoach.pid"


class AlreadyRunning(Exception):
    """Another process holds the folder."""

    def __init__(self, folder: Path, pid: int | None) -> None:
        self.folder, self.pid = folder, pid
        who = f" (process {pid})" if pid else ""
        super().__init__(f"Back Coach is already running for {folder}{who}; "
                         "stop that one first, or give this one another data folder "
                         "(BACKCOACH_HOME)")


class InstanceLock:
    """The lock on one data folder. ``acquire()`` raises :class:`AlreadyRunning`."""

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder).absolute()
        self._fd: int | None = None

    def acquire(self) -> InstanceLock:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
        except OSError as exc:  # no folder to lock: the store will run from memory anyway
            log.warning("cannot lock %s (%s); not checking for a second copy",
                        self.folder, exc.strerror or exc)
            return self
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise AlreadyRunning(self.folder, self._holder()) from None
        self._fd = fd
        with contextlib.suppress(OSError):
            (self.folder / PID_NAME).write_text(f"{os.getpid()}\n")
        return self

    def _holder(self) -> int | None:
        try:
            return int((self.folder / PID_NAME).read_text().strip())
        except (OSError, ValueError):
            return None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            if self._holder() == os.getpid():
                (self.folder / PID_NAME).unlink()
        os.close(self._fd)
        self._fd = None

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
