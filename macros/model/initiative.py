"""Case studies (initiatives/<slug>.yml): what a city did, with which devices, at which steps."""
from dataclasses import dataclass, field
from typing import Optional, TYPE_CHECKING

from macros import addresses
from macros.model.references import Checks
from macros.model.roadmap import Step
from macros.model.source import Source, sources
from macros.model.term import Term
from macros.reading.yamlload import Document

if TYPE_CHECKING:
    from macros.model.guide import Guide


@dataclass
class Initiative:
    slug: str
    path: str
    title: str
    city: str
    country: str
    year_start: int
    lead: list[str]
    lede: str
    body: str
    key_points: list[str]
    steps: list[Step]
    sources: list[Source]
    year_end: Optional[int] = None
    subtitle: Optional[str] = None
    partners: list[str] = field(default_factory=list)
    results: Optional[str] = None
    devices: list[Term] = field(default_factory=list)
    terms: list[Term] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)

    @property
    def src_uri(self) -> str:
        return addresses.initiative(self.slug)

    @property
    def years(self) -> str:
        if self.year_end is None:
            return f"depuis {self.year_start}"
        if self.year_end == self.year_start:
            return str(self.year_start)
        return f"{self.year_start}–{self.year_end}"


def build(documents: list[Document], guide: "Guide", checks: Checks) -> None:
    """The case studies, by title; each step lists those that name it (the link is written once, in the
    case study)."""
    initiatives = sorted((_initiative(d, guide, checks) for d in documents), key=lambda i: i.title.lower())
    for initiative in initiatives:
        for step in initiative.steps:
            step.initiatives.append(initiative)
    guide.initiatives = initiatives


def _initiative(document: Document, guide: "Guide", checks: Checks) -> Initiative:
    data = document.data
    years = data["years"]
    if years.get("end") is not None and years["end"] < years["start"]:
        checks.report(document, ("years", "end"),
                      f"année de fin {years['end']} antérieure à l'année de début {years['start']}")

    def terms(field_name):
        return checks.resolve_all(document, (field_name,), data.get(field_name, []), guide.terms, "term",
                                  "terme du glossaire", "glossary")

    return Initiative(
        slug=document.slug, path=document.path, title=data["title"], subtitle=data.get("subtitle"),
        city=data["city"], country=data["country"], year_start=years["start"], year_end=years.get("end"),
        lead=list(data["lead"]), partners=list(data.get("partners", [])), lede=data["lede"],
        body=data["body"], results=data.get("results"), key_points=list(data["key_points"]),
        steps=checks.resolve_all(document, ("steps",), data["steps"], guide.steps, "step", "étape", "roadmap"),
        tags=list(data.get("tags", [])), sources=sources(data["sources"]),
        devices=terms("devices"), terms=terms("terms"))
