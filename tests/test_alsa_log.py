"""ALSA's own error lines go to the log, not to stderr (issue 14: "underrun occurred" flooded
``run``'s output and the journal)."""

from __future__ import annotations

import ctypes
import ctypes.util
import logging

import pytest

from assistant.audio import alsa_log

needs_alsa = pytest.mark.skipif(ctypes.util.find_library("asound") is None,
                                reason="alsa-lib not installed")


@needs_alsa
def test_alsa_messages_are_logged_once_and_counted_not_printed(
        capfd: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture) -> None:
    assert alsa_log.route_alsa_messages()
    lib = ctypes.CDLL(ctypes.util.find_library("asound"))
    handle = ctypes.c_void_p()
    before = sum(alsa_log.counts.values())
    with caplog.at_level(logging.DEBUG, logger="backcoach.alsa"):
        for _ in range(3):  # a made-up device: alsa-lib reports an error each time
            assert lib.snd_pcm_open(ctypes.byref(handle), b"no_such_backcoach_pcm", 0, 0) < 0
    assert sum(alsa_log.counts.values()) == before + 3
    assert "ALSA lib" not in capfd.readouterr().err
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) <= 1  # the first of its kind (none if an earlier test saw one)
    assert any("Unknown PCM" in r.getMessage() for r in caplog.records)
