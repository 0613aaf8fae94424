"""Guided breathing and stretches: the service, its timed steps and the exercise table."""
