"""Back Coach: an offline, hands-free voice assistant for back muscle spasms."""

__version__ = "0.1.0"
