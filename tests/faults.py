"""Storage faults made real: an unwritable file or folder, a full disk, a lock held by another
connection, a corrupt file.

As root, ``chmod`` stops nothing, so an unwritable file or folder is made with ``chattr +i`` (its
ioctl) and a full disk with a small tmpfs (``mount(2)``), both in-process; a test that needs
them skips when they are not permitted. Not root: ``chmod`` does the job of ``chattr``.
"""

from __future__ import annotations

import contextlib
import ctypes
import fcntl
import os
import sqlite3
import struct
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = os.geteuid() == 0


FS_IOC_GETFLAGS, FS_IOC_SETFLAGS, FS_IMMUTABLE_FL = 0x80086601, 0x40086602, 0x10
"""``chattr +i`` is this ioctl (linux/fs.h); done in-process, so no subprocess is needed."""


def _immutable(path: Path, on: bool) -> None:
    fd = os.open(path, os.O_RDONLY | (os.O_DIRECTORY if path.is_dir() else 0))
    try:
        buf = bytearray(4)
        fcntl.ioctl(fd, FS_IOC_GETFLAGS, buf)
        flags = struct.unpack("i", buf)[0]
        flags = flags | FS_IMMUTABLE_FL if on else flags & ~FS_IMMUTABLE_FL
        fcntl.ioctl(fd, FS_IOC_SETFLAGS, struct.pack("i", flags))
    except OSError as exc:
        if on:
            pytest.skip(f"chattr +i is not permitted here ({exc.strerror})")
        raise
    finally:
        os.close(fd)


def _mount_tmpfs(path: Path, kib: int) -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.mount(b"tmpfs", str(path).encode(), b"tmpfs", 0, f"size={kib}k".encode()) != 0:
        pytest.skip(f"mounting a tmpfs is not permitted here ({os.strerror(ctypes.get_errno())})")


def _umount(path: Path) -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    MNT_DETACH = 2
    libc.umount2(str(path).encode(), MNT_DETACH)


@contextlib.contextmanager
def unwritable(path: Path) -> Iterator[Path]:
    """``path`` (a file or a folder) cannot be changed, even by root, until the block ends."""
    if ROOT:
        _immutable(path, True)
        try:
            yield path
        finally:
            _immutable(path, False)
        return
    mode = path.stat().st_mode
    path.chmod(0o555 if path.is_dir() else 0o444)
    try:
        yield path
    finally:
        path.chmod(mode)


@contextlib.contextmanager
def small_disk(path: Path, kib: int = 64) -> Iterator[Path]:
    """A tmpfs of ``kib`` KiB mounted on ``path`` for the block."""
    if not ROOT:
        pytest.skip("mounting a tmpfs needs root")
    path.mkdir(parents=True, exist_ok=True)
    _mount_tmpfs(path, kib)
    try:
        yield path
    finally:
        _umount(path)


def fill(folder: Path) -> None:
    """Write until the disk under ``folder`` is full."""
    with contextlib.suppress(OSError), (folder / "filler").open("wb") as fh:
        while True:
            fh.write(b"x" * 4096)
            fh.flush()


@contextlib.contextmanager
def locked(db: Path) -> Iterator[sqlite3.Connection]:
    """Another connection holds an exclusive lock on ``db`` for the block (as another program
    would, say a backup tool or the sqlite3 shell in the middle of a transaction)."""
    other = sqlite3.connect(str(db), isolation_level=None)
    other.execute("PRAGMA locking_mode=EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    try:
        yield other
    finally:
        other.execute("ROLLBACK")
        other.close()


def corrupt(db: Path) -> bytes:
    """Replace ``db`` with bytes that are not a database; the bytes written."""
    junk = b"this is not a database " * 200
    db.write_bytes(junk)
    return junk
