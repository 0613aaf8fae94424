"""The ``backcoach`` command (top layer: may import everything)."""

from assistant.cli.main import main

__all__ = ["main"]
