"""The systemd user unit restarts Back Coach, with a pause and a limit (never a tight loop)."""

from __future__ import annotations

import configparser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_unit_restarts_with_a_pause_and_a_limit() -> None:
    unit = configparser.ConfigParser(strict=False, interpolation=None)
    unit.optionxform = str  # type: ignore[assignment,method-assign]
    unit.read(ROOT / "packaging" / "backcoach.service")
    service, section = unit["Service"], unit["Unit"]
    assert service["Restart"] == "always"
    assert float(service["RestartSec"]) >= 5
    interval, burst = float(section["StartLimitIntervalSec"]), int(section["StartLimitBurst"])
    assert burst >= 2 and interval >= burst * float(service["RestartSec"])  # the limit can trip
    assert service["ExecStart"].endswith("backcoach run")
