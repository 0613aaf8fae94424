"""What the speaker played, for the echo canceller: a reference stream beside the microphone.

The speaker's audio callback pushes every block it hands to the device (silence included, so
the two streams keep pace), at 16 kHz; the microphone's audio callback takes, for each block it
captures, the same number of samples. Both run on the sound server's clock, so once the two
are paired the pairing holds; it is made (and remade, if the streams ever drift apart) with
``LEAD_MS`` of played audio ahead of the microphone, well inside the echo canceller's tail.
"""

from __future__ import annotations

import threading
from collections import deque

import numpy as np

RATE = 16000
LEAD_MS = 30
"""Played audio kept ahead of the microphone when the streams are paired."""
MAX_LEAD_MS = 400
"""Beyond this the pairing is made again (a stall in one of the streams)."""


class PlaybackTap:
    """Thread-safe: :meth:`push` from the speaker's callback, :meth:`take` from the mic's."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._buf: deque[np.ndarray] = deque()
        self._held = 0
        self._paired = False
        self.active = False
        """A speaker is pushing."""
        self.pairings = 0

    def push(self, samples16k: np.ndarray) -> None:
        with self._lock:
            self.active = True
            self._buf.append(np.asarray(samples16k, dtype=np.int16))
            self._held += len(samples16k)
            limit = RATE * 2  # two seconds at most, whatever happens to the microphone
            while self._held > limit:
                self._held -= len(self._buf.popleft())

    def _drop_to(self, keep: int) -> None:
        while self._held - len(self._buf[0]) >= keep if self._buf else False:
            self._held -= len(self._buf.popleft())
        if self._buf and self._held > keep:
            cut = self._held - keep
            self._buf[0] = self._buf[0][cut:]
            self._held -= cut

    def take(self, n: int) -> bytes:
        """The played samples that go with the next ``n`` microphone samples."""
        out = np.zeros(n, dtype=np.int16)
        with self._lock:
            lead = RATE * LEAD_MS // 1000
            if not self._paired or self._held > n + RATE * MAX_LEAD_MS // 1000:
                self._drop_to(n + lead)
                self._paired = True
                self.pairings += 1
            filled = 0
            while filled < n and self._buf:
                head = self._buf[0]
                k = min(n - filled, len(head))
                out[filled:filled + k] = head[:k]
                filled += k
                if k == len(head):
                    self._buf.popleft()
                else:
                    self._buf[0] = head[k:]
                self._held -= k
        return out.tobytes()
