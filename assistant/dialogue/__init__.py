"""The Rasa side: the in-process agent, deterministic entities, our NLU component, training.

Rule: imports ``assistant.core`` and the ``actions`` package (Rasa's custom actions).
"""
