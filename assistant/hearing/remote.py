"""The recognizer in a process of its own, behind the same protocol.

Decoding is long stretches of CPU work that hold Python's interpreter lock; in the assistant's
process they starved the speaker's audio callback, so its own speech paused while it listened
(measured: callback gaps up to 223 ms and under-runs with a recognizer thread, 47 ms without).
In a child process the recognizer shares nothing with the audio callbacks. The child is started
fresh ("spawn": no threads copied), builds the engine from the settings, and answers one
request at a time over a pipe; the hearing thread waits on the pipe without holding the lock.
"""

from __future__ import annotations

import multiprocessing as mp
from multiprocessing.connection import Connection
from typing import Any

from assistant.core.events import Partial, Transcript
from assistant.core.settings import RecognizerSettings


def _serve(conn: Connection, settings: RecognizerSettings, vosk_model: str | None) -> None:
    from assistant.hearing.engines import EngineChooser

    try:
        rec = EngineChooser().open(settings, lambda message: None, vosk_model, wait=False)
    except Exception as exc:
        conn.send(("error", f"{type(exc).__name__}: {exc}"))
        return
    conn.send(("ready", rec.engine))
    while True:
        try:
            method, args = conn.recv()
        except (EOFError, OSError):
            return
        if method == "close":
            return
        if method == "accept_many":
            conn.send([rec.accept(frame) for frame in args[0]])
        else:
            conn.send(getattr(rec, method)(*args))


class RemoteRecognizer:
    """A recognizer (:class:`.recognizer.Recognizer`) running in a child process."""

    def __init__(self, settings: RecognizerSettings, vosk_model: str | None = None,
                 timeout: float = 120.0) -> None:
        ctx = mp.get_context("spawn")
        self._conn, child = ctx.Pipe()
        self._proc = ctx.Process(target=_serve, args=(child, settings, vosk_model),
                                 name="backcoach-recognizer", daemon=True)
        self._proc.start()
        child.close()
        if not self._conn.poll(timeout):
            self.close()
            raise RuntimeError("the recognizer process did not start")
        status, detail = self._conn.recv()
        if status != "ready":
            self.close()
            raise RuntimeError(f"the recognizer failed to start: {detail}")
        self.engine: str = detail
        self.grammar: list[str] | None = None
        self.utterance_grammar: list[str] | None = None

    def _call(self, method: str, *args: Any) -> Any:
        self._conn.send((method, args))
        return self._conn.recv()

    def accept(self, pcm: bytes) -> Partial | Transcript | None:
        result: Partial | Transcript | None = self._call("accept", pcm)
        return result

    def accept_many(self, frames: list[bytes]) -> list[Partial | Transcript | None]:
        """Several frames in one round trip."""
        results: list[Partial | Transcript | None] = self._call("accept_many", frames)
        return results

    def reset(self) -> None:
        self._call("reset")

    def set_grammar(self, phrases: list[str] | None) -> None:
        self.grammar = phrases
        self._call("set_grammar", phrases)

    def redecode_open(self) -> Transcript | None:
        result: Transcript | None = self._call("redecode_open")
        return result

    def flush(self) -> Transcript | None:
        result: Transcript | None = self._call("flush")
        return result

    def close(self) -> None:
        try:
            self._conn.send(("close", ()))
        except (OSError, ValueError):
            pass
        self._proc.join(timeout=5)
        if self._proc.is_alive():
            self._proc.kill()
        self._conn.close()
