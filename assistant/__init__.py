"""Back Coach: an offline, hands-free voice assistant for back muscle spasms.

The folder tree is the architecture (see docs/ARCHITECTURE.md); each package says what it may
import. Nothing here has side effects at import time.
"""
