"""Rasa NLU component: the deterministic entities of :mod:`.entities`.

Registered with Rasa's default recipe, so ``config.yml`` names it as
``assistant.dialogue.nlu_components.CareEntityExtractor``. It adds ``duration`` (seconds, int), ``clock`` (a time of day),
``therapy`` (ice|heat) and ``exercise`` (knee_to_chest, childs_pose, ...).
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from assistant.dialogue.entities import extract


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False
)
class CareEntityExtractor(GraphComponent, EntityExtractorMixin):
    """Durations, ice/heat and exercise names, found by rules rather than learned."""

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> CareEntityExtractor:
        return cls(config)

    def __init__(self, config: dict[str, Any]) -> None:
        self._config = config

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            found = [
                {"entity": f.entity, "value": f.value, "start": f.start, "end": f.end,
                 "confidence_entity": 1.0}
                for f in extract(text)
            ]
            entities = message.get(ENTITIES, []) + self.add_extractor_name(found)
            message.set(ENTITIES, entities, add_to_output=True)
        return messages
