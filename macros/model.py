"""The guide's content model: plain records, with the links between them derived once."""
from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Source:
    url: str
    title: str
    consulted: str
    publisher: Optional[str] = None


TERM_PAGES = "glossaire/"      # one page per term, in this folder


def term_page(slug: str) -> str:
    return f"{TERM_PAGES}{slug}.md"


def term_of_page(src_uri: str):
    """The slug of the term a page shows, or None for any other page."""
    if src_uri.startswith(TERM_PAGES) and src_uri.endswith(".md"):
        return src_uri[len(TERM_PAGES):-3]
    return None


@dataclass
class Term:
    slug: str
    path: str
    term: str
    definition: str
    aliases: list = field(default_factory=list)
    related: list = field(default_factory=list)      # Term
    sources: list = field(default_factory=list)

    @property
    def forms(self):
        return [self.term, *self.aliases]

    @property
    def src_uri(self):
        return term_page(self.slug)


@dataclass
class Item:
    id: str
    text: str


@dataclass
class Checklist:
    id: str
    title: str
    items: list
    intro: Optional[str] = None
    step: "Step" = None

    @property
    def key(self):
        """Stable key of the checklist across the guide; browser storage is keyed by it."""
        return f"{self.step.key}/{self.id}"


@dataclass
class Figure:
    id: str
    file: str
    alt: str
    caption: str
    source: str


@dataclass
class Section:
    title: str
    body: str
    figure: Optional[Figure] = None


@dataclass
class IdeaBox:
    title: str
    items: list
    intro: Optional[str] = None


@dataclass
class Domain:
    slug: str
    path: str
    number: int
    title: str
    summary: str
    intro: str
    steps: list = field(default_factory=list)        # Step, by number

    @property
    def src_uri(self):
        return f"{self.slug}/index.md"


@dataclass
class Step:
    slug: str
    path: str
    domain: Domain
    number: int
    title: str
    objective: str
    sections: list
    checklists: list
    key_points: list
    figures: list = field(default_factory=list)
    idea_box: Optional[IdeaBox] = None
    initiatives: list = field(default_factory=list)  # Initiative naming this step

    @property
    def key(self):
        return f"{self.domain.slug}/{self.slug}"

    @property
    def src_uri(self):
        return f"{self.domain.slug}/{self.slug}.md"

    @property
    def previous(self):
        index = self.domain.steps.index(self)
        return self.domain.steps[index - 1] if index > 0 else None

    @property
    def next(self):
        index = self.domain.steps.index(self)
        return self.domain.steps[index + 1] if index + 1 < len(self.domain.steps) else None


@dataclass
class Initiative:
    slug: str
    path: str
    title: str
    city: str
    country: str
    year_start: int
    lead: list
    lede: str
    body: str
    key_points: list
    steps: list                                      # Step
    sources: list
    year_end: Optional[int] = None
    subtitle: Optional[str] = None
    partners: list = field(default_factory=list)
    results: Optional[str] = None
    devices: list = field(default_factory=list)      # Term
    terms: list = field(default_factory=list)        # Term
    tags: list = field(default_factory=list)

    @property
    def src_uri(self):
        return f"initiatives/{self.slug}.md"

    @property
    def years(self):
        if self.year_end is None:
            return f"depuis {self.year_start}"
        if self.year_end == self.year_start:
            return str(self.year_start)
        return f"{self.year_start}–{self.year_end}"


@dataclass
class Guide:
    domains: list            # Domain, by number
    steps: dict              # key -> Step
    initiatives: list        # Initiative, by title
    terms: dict              # slug -> Term, by term
    extras: dict = field(default_factory=dict)   # kind -> slug -> record, for registered kinds
    # Under `make serve`, the record files read again since the previous build (e.g. "initiatives/x.yml");
    # None when all were, or outside `make serve`.
    edited: Optional[set] = None

    def all_checklists(self):
        for domain in self.domains:
            for step in domain.steps:
                yield from step.checklists


def main_domain(steps):
    """The domain most of these steps belong to (the first met on a tie), or None."""
    counts, domains = {}, {}
    for step in steps:
        domains[step.domain.slug] = step.domain
        counts[step.domain.slug] = counts.get(step.domain.slug, 0) + 1
    return domains[max(counts, key=counts.get)] if counts else None
