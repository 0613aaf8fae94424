"""Sound devices (PortAudio through sounddevice): list them, and find one by name or index."""

from __future__ import annotations

from typing import Any


def refresh_devices() -> None:
    """Re-scan sound devices (PortAudio lists them once, when first used). Only call it while
    no stream is open, for example after plugging in a headset or starting a sound server."""
    import sounddevice as sd

    sd._terminate()
    sd._initialize()


def list_devices() -> list[dict[str, Any]]:
    """All sound devices: index, name, input/output channels, default rate."""
    import sounddevice as sd

    return [
        {
            "index": i,
            "name": d["name"],
            "inputs": int(d["max_input_channels"]),
            "outputs": int(d["max_output_channels"]),
            "rate": float(d["default_samplerate"]),
        }
        for i, d in enumerate(sd.query_devices())
    ]


def find_device(spec: str | int | None, kind: str) -> int | None:
    """Device index for ``spec`` (index or case-insensitive name part) with ``kind``
    (``input``/``output``) channels; ``None`` means the system default. Raises ``LookupError``
    when no such device exists (including when there is no default)."""
    import sounddevice as sd

    key = "inputs" if kind == "input" else "outputs"
    devices = [d for d in list_devices() if d[key] > 0]
    if spec in (None, ""):
        try:
            idx = sd.default.device[0 if kind == "input" else 1]
        except Exception:
            idx = -1
        if idx is None or idx < 0:
            if not devices:
                raise LookupError(f"no {kind} device found")
            return int(devices[0]["index"])
        return None
    s = str(spec).strip()
    if s.isdigit():
        if any(d["index"] == int(s) for d in devices):
            return int(s)
        raise LookupError(f"no {kind} device with index {s}")
    for d in devices:
        if s.lower() in str(d["name"]).lower():
            return int(d["index"])
    raise LookupError(f"no {kind} device named {s!r}")
