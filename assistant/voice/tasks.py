"""Long-lived tasks that survive their own errors: one per service of the voice loop."""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Callable, Coroutine
from typing import Any

log = logging.getLogger(__name__)
RESTART_DELAY = 0.2

TaskFactory = Callable[[], Coroutine[Any, Any, None]]


def supervised(name: str, factory: TaskFactory) -> asyncio.Task[None]:
    """Run ``factory()`` as a task that ends on cancellation and is restarted after any other
    error (a service failing must not end the loop)."""

    async def guarded() -> None:
        while True:
            try:
                await factory()
                return
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                log.exception("voice %s task failed; restarting", name)
                print(f"backcoach: voice {name} failed ({type(exc).__name__}: {exc}); "
                      "restarting it", file=sys.stderr, flush=True)
                await asyncio.sleep(RESTART_DELAY)

    return asyncio.create_task(guarded(), name=f"voice-{name}")
