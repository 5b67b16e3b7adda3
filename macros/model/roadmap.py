"""The roadmap (roadmap/<domain>.yml and roadmap/<domain>/<step>.yml): domains, their numbered steps, and
what a step holds (a summary, sections, figures, checklists, an idea box)."""
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, TYPE_CHECKING

from macros import addresses
from macros.model.references import Checks
from macros.reading.yamlload import Document

if TYPE_CHECKING:
    from macros.model.guide import Guide


@dataclass
class Item:
    id: str
    text: str


@dataclass
class Group:
    """Questions of a checklist under a subheading."""
    title: str
    items: list[Item]


@dataclass
class Checklist:
    id: str
    title: str
    items: list[Item]                  # every question, in order, groups or not: what most code reads
    intro: Optional[str] = None
    step: "Step" = None
    groups: list[Group] = field(default_factory=list)    # empty when the questions have no subheadings

    @property
    def key(self) -> str:
        """Stable key of the checklist across the guide; browser storage is keyed by it."""
        return f"{self.step.key}/{self.id}"


@dataclass
class Summary:
    """« En bref »: what a reader needs to plan the step before reading it."""
    duration: str
    who: list[str]
    produces: str
    needs: str


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
    items: list[str]
    intro: Optional[str] = None


@dataclass
class Domain:
    slug: str
    path: str
    number: int
    title: str
    summary: str
    intro: str
    steps: list["Step"] = field(default_factory=list)     # by number

    @property
    def src_uri(self) -> str:
        return addresses.domain(self.slug)


@dataclass
class Step:
    slug: str
    path: str
    domain: Domain
    number: int
    title: str
    objective: str
    summary: Summary
    sections: list[Section]
    checklists: list[Checklist]
    key_points: list[str]
    figures: list[Figure] = field(default_factory=list)
    idea_box: Optional[IdeaBox] = None
    initiatives: list = field(default_factory=list)      # Initiative naming this step (derived)

    @property
    def key(self) -> str:
        return f"{self.domain.slug}/{self.slug}"

    @property
    def src_uri(self) -> str:
        return addresses.step(self.domain.slug, self.slug)

    @property
    def previous(self) -> Optional["Step"]:
        index = self.domain.steps.index(self)
        return self.domain.steps[index - 1] if index > 0 else None

    @property
    def next(self) -> Optional["Step"]:
        index = self.domain.steps.index(self)
        return self.domain.steps[index + 1] if index + 1 < len(self.domain.steps) else None


def main_domain(steps) -> Optional[Domain]:
    """The domain most of these steps belong to (the first met on a tie), or None."""
    counts, domains = {}, {}
    for step in steps:
        domains[step.domain.slug] = step.domain
        counts[step.domain.slug] = counts.get(step.domain.slug, 0) + 1
    return domains[max(counts, key=counts.get)] if counts else None


def build_domains(documents: list[Document], guide: "Guide", checks: Checks) -> None:
    domains = [Domain(slug=d.slug, path=d.path, number=d.data["number"], title=d.data["title"],
                      summary=d.data["summary"], intro=d.data["intro"]) for d in documents]
    _unique_numbers(documents, domains, checks, "domaine", "le guide")
    guide.domains = sorted(domains, key=lambda d: d.number)


def build_steps(documents: list[Document], guide: "Guide", checks: Checks) -> None:
    domains = {domain.slug: domain for domain in guide.domains}
    steps = {}
    for document in documents:
        domain_slug = Path(document.path).parent.name
        domain = domains.get(domain_slug)
        if domain is None:
            # A reference to this step is then not reported a second time.
            checks.broken.add(("step", f"{domain_slug}/{document.slug}"))
            if ("domain", domain_slug) not in checks.broken:
                checks.report(document, (), f"le dossier « roadmap/{domain_slug}/ » n'a pas de fichier de domaine "
                                            f"« roadmap/{domain_slug}.yml »")
            continue
        step = _step(document, domain, checks)
        domain.steps.append(step)
        steps[step.key] = step
    by_document = {document.path: document for document in documents}
    for domain in guide.domains:
        domain.steps.sort(key=lambda s: s.number)
        _unique_numbers([by_document[s.path] for s in domain.steps], domain.steps, checks, "étape",
                        f"le domaine « {domain.slug} »")
    guide.steps = steps


def _unique_numbers(documents: list[Document], records: list, checks: Checks, what: str, where: str) -> None:
    checks.unique(((document, ("number",), record.number) for document, record in zip(documents, records)),
                  lambda n, first: f"numéro {n} déjà pris par « {first[0].path} » dans {where} : chaque {what} a son numéro")


def _step(document: Document, domain: Domain, checks: Checks) -> Step:
    data = document.data
    figures = _figures(document, checks)
    sections = []
    for index, raw in enumerate(data["sections"]):
        figure = None
        if "figure" in raw:
            figure = figures.get(raw["figure"])
            if figure is None:
                known = (f"figures de l'étape : {', '.join(figures)}" if figures else
                         "l'étape n'a aucune figure ; décrivez-la sous « figures » (id, file, alt, caption, source)")
                checks.report(document, ("sections", index, "figure"), f"figure « {raw['figure']} » inconnue : {known}")
        sections.append(Section(raw["title"], raw["body"], figure))
    step = Step(slug=document.slug, path=document.path, domain=domain, number=data["number"],
                title=data["title"], objective=data["objective"], summary=_summary(data["summary"]),
                sections=sections, checklists=[],
                key_points=list(data["key_points"]), figures=list(figures.values()))
    step.checklists = _checklists(document, step, checks)
    if "idea_box" in data:
        box = data["idea_box"]
        step.idea_box = IdeaBox(box["title"], list(box["items"]), box.get("intro"))
    return step


def _summary(raw: dict) -> Summary:
    return Summary(raw["duration"], list(raw["who"]), raw["produces"], raw["needs"])


def _figures(document: Document, checks: Checks) -> dict:
    figures = {}
    raws = document.data.get("figures", [])
    checks.unique(((document, ("figures", index, "id"), raw["id"]) for index, raw in enumerate(raws)),
                  lambda value, _first: f"identifiant de figure « {value} » en double")
    for index, raw in enumerate(raws):
        figures[raw["id"]] = Figure(raw["id"], raw["file"], raw["alt"], raw["caption"], raw["source"])
        _check_image(document, ("figures", index, "file"), raw["file"], checks)
    return figures


def _checklists(document: Document, step: Step, checks: Checks) -> list[Checklist]:
    raws = document.data["checklists"]
    checks.unique(((document, ("checklists", index, "id"), raw["id"]) for index, raw in enumerate(raws)),
                  lambda value, _first: f"identifiant de liste « {value} » en double dans l'étape : "
                                        "chaque liste a le sien")
    checklists = []
    for index, raw in enumerate(raws):
        where = ("checklists", index)
        if ("items" in raw) == ("groups" in raw):
            checks.report(document, where, f"liste « {raw['id']} » : écrivez ses questions sous « items », ou sous "
                                           "« groups » pour les ranger sous des sous-titres (l'un ou l'autre, pas les deux)")
            continue
        # (path of the item in the file, item) for every question, groups flattened.
        if "items" in raw:
            located = [(where + ("items", position), item) for position, item in enumerate(raw["items"])]
        else:
            located = [(where + ("groups", number, "items", position), item)
                       for number, group in enumerate(raw["groups"]) for position, item in enumerate(group["items"])]
        checks.unique(((document, path + ("id",), item["id"]) for path, item in located),
                      lambda value, _first: f"identifiant de question « {value} » en double dans la liste « {raw['id']} »")
        items = {id(item): Item(item["id"], item["text"]) for _path, item in located}
        groups = [Group(group["title"], [items[id(item)] for item in group["items"]]) for group in raw.get("groups", [])]
        checklists.append(Checklist(raw["id"], raw["title"], list(items.values()), raw.get("intro"), step, groups))
    return checklists


def _check_image(document: Document, path: tuple, file: str, checks: Checks) -> None:
    docs = (checks.root / "docs").resolve()
    target = (docs / file).resolve()
    if docs not in target.parents:
        checks.report(document, path, f"image « {file} » hors du dossier docs/ : placez-la sous docs/assets/")
    elif not target.is_file():
        checks.report(document, path, f"image introuvable : « docs/{file} » n'existe pas")
