"""Vosk model management: find a model the way Vosk does, download one only when asked.

Search order: an explicit path (``--vosk-model`` / settings), ``$VOSK_MODEL_PATH`` (a model
folder or a folder of models), ``/usr/share/vosk``, ``~/.cache/vosk``. In a folder of models the
English ones (``vosk-model[-small]-en-us*``) are used. ``backcoach model download`` fetches
Vosk's published small English model, verifies it and unpacks it atomically.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import tempfile
import time
import urllib.error
import urllib.request
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

VOSK_MODEL_NAME = "vosk-model-small-en-us-0.15"
MODEL_URL = f"https://alphacephei.com/vosk/models/{VOSK_MODEL_NAME}.zip"
"""Vosk's published model location (the same base URL the ``vosk`` package uses)."""
MIN_ZIP_BYTES = 30_000_000
"""The published zip is about 40 MB; much less means a truncated or wrong file."""
CONNECT_TIMEOUT = 5.0
_ENGLISH = re.compile(r"^vosk-model(-small)?-en-us")


class DownloadError(RuntimeError):
    """The model could not be fetched or failed verification; the message says what to do."""


def default_cache() -> Path:
    return Path.home() / ".cache" / "vosk"


def is_model_dir(path: str | Path) -> bool:
    """True when ``path`` holds the files a Vosk model must have."""
    p = Path(path)
    graph = (p / "graph" / "HCLG.fst").is_file() or (
        (p / "graph" / "HCLr.fst").is_file() and (p / "graph" / "Gr.fst").is_file()
    )
    return (p / "am" / "final.mdl").is_file() and (p / "conf" / "model.conf").is_file() and graph


def model_problem(path: str | Path) -> str | None:
    """What is missing from a model folder, or ``None`` if it is complete."""
    p = Path(path)
    if not p.is_dir():
        return f"{p} is not a folder"
    missing = [n for n in ("am/final.mdl", "conf/model.conf") if not (p / n).is_file()]
    if not is_model_dir(p) and not missing:
        missing.append("graph/HCLG.fst (or graph/HCLr.fst with graph/Gr.fst)")
    return f"{p} is missing {', '.join(missing)}" if missing else None


def search_dirs() -> list[Path]:
    env = os.environ.get("VOSK_MODEL_PATH")
    dirs = [Path(env)] if env else []
    return [*dirs, Path("/usr/share/vosk"), default_cache()]


def find_vosk_model(explicit: str | Path | None = None) -> Path | None:
    """The Vosk model folder to use, or ``None``. Never downloads."""
    if explicit:
        p = Path(explicit).expanduser()
        return p if is_model_dir(p) else None
    for d in search_dirs():
        if is_model_dir(d):
            return d
        if not d.is_dir():
            continue
        for child in sorted(d.iterdir(), reverse=True):  # newest version name first
            if _ENGLISH.match(child.name) and is_model_dir(child):
                return child
    return None


def _progress(done: int, total: int | None, out: TextIO, started: float) -> None:
    mb = done / 1e6
    rate = mb / max(time.monotonic() - started, 1e-3)
    if total:
        frac = done / total
        bar = "#" * int(frac * 30)
        out.write(f"\r[{bar:<30}] {frac * 100:5.1f}%  {mb:6.1f} of {total / 1e6:.1f} MB  {rate:4.1f} MB/s")
    else:
        out.write(f"\r{mb:6.1f} MB  {rate:4.1f} MB/s")
    out.flush()


def fetch(url: str, dest: Path, out: TextIO = sys.stderr, timeout: float = CONNECT_TIMEOUT) -> None:
    """Stream ``url`` to ``dest`` with a progress bar. Fails fast when offline."""
    what_to_do = (
        f"Could not download the speech model ({{}}). Check the internet connection and run "
        f"`backcoach model download` again, or fetch {url} on another computer, unzip it into "
        f"{default_cache()} and start again (or pass --vosk-model PATH). "
        "Until then the built-in recognizer is used."
    )
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp, dest.open("wb") as fh:
            total = int(resp.headers.get("Content-Length") or 0) or None
            done, started = 0, time.monotonic()
            while chunk := resp.read(1 << 16):
                fh.write(chunk)
                done += len(chunk)
                _progress(done, total, out, started)
            out.write("\n")
    except (urllib.error.URLError, OSError, TimeoutError) as exc:
        dest.unlink(missing_ok=True)
        reason = getattr(exc, "reason", exc)
        raise DownloadError(what_to_do.format(reason)) from exc


def verify_zip(zip_path: Path, min_bytes: int = 0) -> str:
    """Check the archive: size, CRCs, one top folder holding a complete model. Returns the
    top folder name."""
    if zip_path.stat().st_size < min_bytes:
        raise DownloadError(f"{zip_path.name} is only {zip_path.stat().st_size} bytes; the download "
                            "was cut short. Run `backcoach model download` again.")
    try:
        with zipfile.ZipFile(zip_path) as zf:
            bad = zf.testzip()
            names = zf.namelist()
    except zipfile.BadZipFile as exc:
        raise DownloadError(f"{zip_path.name} is not a valid zip file ({exc}). "
                            "Run `backcoach model download` again.") from exc
    if bad:
        raise DownloadError(f"{zip_path.name} is damaged at {bad}. Run `backcoach model download` again.")
    tops = {n.split("/", 1)[0] for n in names if n.strip("/")}
    if len(tops) != 1:
        raise DownloadError(f"{zip_path.name} should hold one model folder, found {sorted(tops)}")
    top = tops.pop()
    needed = [f"{top}/am/final.mdl", f"{top}/conf/model.conf"]
    graph_ok = f"{top}/graph/HCLG.fst" in names or {f"{top}/graph/HCLr.fst", f"{top}/graph/Gr.fst"} <= set(names)
    if any(n not in names for n in needed) or not graph_ok:
        raise DownloadError(f"{zip_path.name} does not contain a complete Vosk model")
    return top


def install_zip(zip_path: Path, dest_dir: Path, min_bytes: int = 0) -> Path:
    """Verify and unpack into ``dest_dir/<model>``: unpack to a temp folder beside it, then
    rename (atomic on one file system); an older copy is replaced only after that succeeded."""
    top = verify_zip(zip_path, min_bytes)
    dest_dir.mkdir(parents=True, exist_ok=True)
    final = dest_dir / top
    tmp = Path(tempfile.mkdtemp(prefix=f".{top}.unpack-", dir=dest_dir))
    try:
        with zipfile.ZipFile(zip_path) as zf:
            for member in zf.namelist():
                target = (tmp / member).resolve()
                if not str(target).startswith(str(tmp.resolve()) + os.sep):
                    raise DownloadError(f"{zip_path.name} has an unsafe path {member!r}")
            zf.extractall(tmp)
        problem = model_problem(tmp / top)
        if problem:
            raise DownloadError(f"unpacked model is incomplete: {problem}")
        old = None
        if final.exists():
            old = dest_dir / f".{top}.old-{os.getpid()}"
            os.rename(final, old)
        os.rename(tmp / top, final)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return final


def download(dest_dir: Path | None = None, url: str = MODEL_URL, out: TextIO = sys.stderr,
             fetcher: Callable[[str, Path, TextIO], None] = fetch) -> Path:
    """Fetch, verify and unpack the small English model. Only called by `model download`."""
    dest_dir = dest_dir or default_cache()
    dest_dir.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=".download-", suffix=".zip", dir=dest_dir)
    os.close(fd)
    zip_path = Path(name)
    try:
        out.write(f"Downloading {url}\n")
        fetcher(url, zip_path, out)
        return install_zip(zip_path, dest_dir, MIN_ZIP_BYTES if url == MODEL_URL else 0)
    finally:
        zip_path.unlink(missing_ok=True)
