"""The shared vocabulary: typed events and ops, settings, clocks, the store, text helpers.

Rule: imports nothing from the rest of ``assistant`` (every other package may import it).
"""
