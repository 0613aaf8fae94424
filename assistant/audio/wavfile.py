"""WAV files and sample-rate conversion: any WAV in, 16 kHz mono int16 out.

The recognizers take 16 kHz mono int16 PCM; speech and tones are played at any rate. Read: PCM
(8 to 32 bit), 32/64-bit float, u-law and A-law, plain or ``WAVE_FORMAT_EXTENSIBLE``; anything
else, or a file that is empty, cut off or not a WAV, is a :class:`WavError` saying so.
"""

from __future__ import annotations

import audioop
import struct
import wave
from pathlib import Path

import numpy as np

RATE = 16000
"""The recognizers' sample rate."""


def resample(samples: np.ndarray, rate: int, new_rate: int) -> np.ndarray:
    """Resample float or int16 mono samples (polyphase, scipy)."""
    if rate == new_rate or len(samples) == 0:
        return samples
    from math import gcd

    from scipy.signal import resample_poly

    g = gcd(rate, new_rate)
    y = resample_poly(samples.astype(np.float32), new_rate // g, rate // g)
    if samples.dtype == np.int16:
        return np.clip(np.round(y), -32768, 32767).astype(np.int16)
    return y.astype(np.float32)


class WavError(ValueError):
    """A file that cannot be read as a WAV; the message names the file and what is wrong."""


PCM, FLOAT, ALAW, ULAW, EXTENSIBLE = 1, 3, 6, 7, 0xFFFE
FORMATS = {PCM: "PCM", FLOAT: "float", ALAW: "A-law", ULAW: "u-law"}


def _chunks(path: Path) -> tuple[int, int, int, int, bytes]:
    """(format tag, channels, rate, bytes per sample, sample data) of a RIFF/WAVE file."""
    data = path.read_bytes()
    if not data:
        raise WavError(f"{path}: the file is empty")
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        raise WavError(f"{path}: not a WAV file")
    fmt: tuple[int, int, int, int] | None = None
    pos = 12
    while pos + 8 <= len(data):
        name, size = data[pos:pos + 4], struct.unpack("<I", data[pos + 4:pos + 8])[0]
        body = data[pos + 8:pos + 8 + size]
        if name == b"fmt ":
            if len(body) < 16:
                raise WavError(f"{path}: its format header is cut off")
            tag, channels, rate, _, _, bits = struct.unpack("<HHIIHH", body[:16])
            if tag == EXTENSIBLE and len(body) >= 26:
                tag = struct.unpack("<H", body[24:26])[0]
            fmt = (tag, channels, rate, (bits + 7) // 8)
        elif name == b"data":
            if fmt is None:
                raise WavError(f"{path}: sound data before its format header")
            if fmt[1] < 1 or fmt[2] < 1 or fmt[3] < 1:
                raise WavError(f"{path}: {fmt[1]} channels at {fmt[2]} Hz is not sound")
            frame = fmt[1] * fmt[3]
            return (*fmt, body[:len(body) // frame * frame])
        pos += 8 + size + (size & 1)
    raise WavError(f"{path}: " + ("no sound data in it" if fmt else "no format header"))


def read_wav(path: str | Path) -> tuple[np.ndarray, int]:
    """A WAV file as int16 mono samples and its rate (channels are averaged)."""
    path = Path(path)
    try:
        tag, channels, rate, width, raw = _chunks(path)
    except OSError as exc:
        raise WavError(f"{path}: {exc.strerror or exc}") from exc
    if tag not in FORMATS:
        raise WavError(f"{path}: WAV format {tag} is not supported (PCM, float, u-law or "
                       "A-law are); convert it with `sox IN -b 16 -e signed OUT.wav`")
    if tag in (ULAW, ALAW):
        raw, width = (audioop.ulaw2lin if tag == ULAW else audioop.alaw2lin)(raw, 2), 2
    if tag == FLOAT:
        if width not in (4, 8):
            raise WavError(f"{path}: {width * 8}-bit float samples are not supported")
        data = np.frombuffer(raw, dtype="<f4" if width == 4 else "<f8").astype(np.float32)
        data = np.nan_to_num(data) * 32767.0
    elif width == 2:
        data = np.frombuffer(raw, dtype="<i2").astype(np.float32)
    elif width == 1:
        data = (np.frombuffer(raw, dtype=np.uint8).astype(np.float32) - 128.0) * 256.0
    elif width == 4:
        data = np.frombuffer(raw, dtype="<i4").astype(np.float32) / 65536.0
    elif width == 3:
        b = np.frombuffer(raw, dtype=np.uint8).reshape(-1, 3)
        v = (b[:, 0].astype(np.int32) | (b[:, 1].astype(np.int32) << 8) | (b[:, 2].astype(np.int32) << 16))
        data = (np.where(v >= 1 << 23, v - (1 << 24), v) / 256.0).astype(np.float32)
    else:
        raise WavError(f"{path}: {width * 8}-bit samples are not supported")
    if channels > 1:
        data = data.reshape(-1, channels).mean(axis=1)
    return np.clip(np.round(data), -32768, 32767).astype(np.int16), rate


def load_pcm16k(path: str | Path) -> bytes:
    """Any WAV (rate, channels, width) as 16 kHz mono int16 bytes."""
    samples, rate = read_wav(path)
    return resample(samples, rate, RATE).tobytes()


def write_wav(path: str | Path, samples: np.ndarray, rate: int) -> None:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(np.asarray(samples, dtype=np.int16).tobytes())
