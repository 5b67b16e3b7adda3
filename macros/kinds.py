"""The kinds of record the guide is made of, in one list: where each kind's files are, its JSON Schema, its
Markdown fields, how its records are built and linked, and which pages show it. Nothing registers itself
on import; a new kind of record is one more line here (see the README, « Architecture »).

Also the two journeys every caller takes through the stages: files -> model (`load_guide`, for the
checker, the benchmarks and the site, in French or in English) and model -> pages (`generated_pages`).
"""
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional, TYPE_CHECKING

from macros.model import assessment, decision_tree, initiative, roadmap, term
from macros.model.guide import Guide
from macros.model.references import Checks
from macros.pages import aggregations, checklists, glossary, initiatives, initiatives_data, translation_status
from macros.pages import assessment as assessment_pages
from macros.pages import decision_tree as decision_tree_pages
from macros.pages import roadmap as roadmap_pages
from macros.reading import overlays, records
from macros.reading.problems import ContentError

if TYPE_CHECKING:
    from macros.build import Build


@dataclass(frozen=True)
class Kind:
    name: str
    files: str                  # where its files are, under the guide's root
    schema: str                 # schemas/<schema>.schema.json
    markdown_fields: tuple      # paths of the fields written in Markdown ("*": every item of a list)
    build: Callable             # (documents, guide, checks): adds the kind's records to the guide
    pages: Optional[Callable]   # (build) -> [GeneratedPage]; None when another kind's pages show it


# In the order they are built: a kind's records may name those of the kinds above it.
KINDS = [
    Kind("term", "glossary/*", "term", (("definition",),), term.build, glossary.pages),
    Kind("domain", "roadmap/*", "domain", (("intro",), ("summary",)), roadmap.build_domains, roadmap_pages.pages),
    Kind("step", "roadmap/*/*", "step",
         (("objective",), ("sections", "*", "body"), ("checklists", "*", "intro"),
          ("checklists", "*", "items", "*", "text"), ("checklists", "*", "groups", "*", "items", "*", "text"),
          ("summary", "produces"), ("summary", "needs"), ("idea_box", "intro"), ("idea_box", "items", "*"),
          ("figures", "*", "alt"), ("key_points", "*")), roadmap.build_steps, None),
    Kind("initiative", "initiatives/*", "initiative", (("body",), ("results",), ("key_points", "*")),
         initiative.build, initiatives.pages),
    Kind("decision-tree", "decisions/*", "decision-tree", (("intro",), ("outcomes", "*", "summary")),
         decision_tree.build, decision_tree_pages.pages),
    Kind("assessment", "assessments/*", "assessment",
         (("intro",), ("questions", "*", "help"), ("bands", "*", "text")), assessment.build, assessment_pages.pages),
]
BY_NAME = {kind.name: kind for kind in KINDS}
# Checks that need every record built: (documents by kind, guide, checks).
CROSS_CHECKS = [decision_tree.check_devices_recommended]

# The pages, in reading order. A term's page lists the pages that link to the term, so the glossary comes
# last: every other page is linked before it is built (see serve.live_reload).
PAGES = [
    BY_NAME["domain"].pages,             # each domain, then its steps
    initiatives.index_pages,
    BY_NAME["initiative"].pages,
    aggregations.pages,                  # « Questions clés », « Boîtes à idées »
    BY_NAME["assessment"].pages,
    checklists.pages,                    # every checklist, by domain
    BY_NAME["decision-tree"].pages,
    translation_status.pages,            # for maintainers, out of the navigation
    BY_NAME["term"].pages,
]
# Site files other than pages made from the records.
FILES = [initiatives_data.files]


def load_guide(root, workers: int = 1, cache: records.ReadCache = None, language: str = "fr") -> Guide:
    """Read, check and build every record under root, in French or with the text of the English overlays
    (language="en"); raise ContentError listing every problem, those of the overlays included."""
    root = Path(root)
    documents, problems = records.read_all(root, KINDS, workers, cache)
    valid, broken = records.buildable(documents)
    edition = overlays.Edition(valid)
    if language != "fr":
        edition = overlays.english(root, valid, BY_NAME)
        problems.extend(edition.problems)
    by_kind = {}
    for document in edition.documents:
        by_kind.setdefault(document.kind, []).append(document)
    guide = Guide(domains=[], steps={}, initiatives=[], terms={}, language=language,
                  untranslated=edition.untranslated)
    checks = Checks(root, broken, edition.overlays)
    for kind in KINDS:
        kind.build(by_kind.get(kind.name, []), guide, checks)
    for check in CROSS_CHECKS:
        check(by_kind, guide, checks)
    problems.extend(checks.problems)
    if problems:
        raise ContentError(problems)
    return guide


def generated_pages(build: "Build") -> list:
    """Every page made from the records, in reading order."""
    build.templates_edited = build.templates.forget_edited()
    return [page for make in PAGES for page in make(build)]


def generated_files(build: "Build") -> list[tuple[str, str]]:
    """(path, text) of the site files, other than pages, made from the records."""
    return [file for make in FILES for file in make(build)]
