"""The guide as the pages see it: every record, with the links between them derived once."""
from dataclasses import dataclass, field
from typing import Iterable, Optional

from macros.model.initiative import Initiative
from macros.model.roadmap import Checklist, Domain, Step
from macros.model.term import Term


@dataclass
class Guide:
    domains: list[Domain]                    # by number
    steps: dict[str, Step]                   # "domain/step" -> Step
    initiatives: list[Initiative]            # by title
    terms: dict[str, Term]                   # slug -> Term, by term
    decision_trees: dict = field(default_factory=dict)    # slug -> DecisionTree
    assessments: dict = field(default_factory=dict)       # slug -> Assessment
    # Under `make serve`, the record files read again since the previous build (e.g. "initiatives/x.yml");
    # None when all were, or outside `make serve`.
    edited: Optional[set] = None
    language: str = "fr"
    # In the English edition, the records whose text is still French, wholly ("all") or partly ("some"),
    # by path ("initiatives/x.yml"); their French texts are marked (reading.overlays.French).
    untranslated: dict = field(default_factory=dict)

    def all_checklists(self) -> Iterable[Checklist]:
        for domain in self.domains:
            for step in domain.steps:
                yield from step.checklists

