"""The self-assessment: a scored questionnaire (assessments/<slug>.yml).

Each answer is worth some points; the total falls into exactly one score band, which says what the
total means and which steps to read first. The bands must cover every total the answers can add up
to, without gap or overlap, or some reader would get no interpretation (or two).
"""
from dataclasses import dataclass, field
from typing import Optional, TYPE_CHECKING

from macros import addresses
from macros.model.references import Checks
from macros.model.roadmap import Domain, Step, main_domain
from macros.reading.yamlload import Document

if TYPE_CHECKING:
    from macros.model.guide import Guide


@dataclass
class Answer:
    id: str
    text: str
    score: int


@dataclass
class Question:
    id: str
    text: str
    answers: list[Answer]
    help: Optional[str] = None
    step: Optional[Step] = None         # when the question names one


@dataclass
class Band:
    id: str
    min: int
    max: int
    title: str
    text: str
    steps: list[Step] = field(default_factory=list)     # in the order to read them


@dataclass
class Assessment:
    slug: str
    path: str
    title: str
    intro: str
    questions: list[Question]
    bands: list[Band]

    @property
    def lowest(self) -> int:
        return sum(min(a.score for a in q.answers) for q in self.questions)

    @property
    def highest(self) -> int:
        return sum(max(a.score for a in q.answers) for q in self.questions)

    @property
    def src_uri(self) -> str:
        return addresses.assessment(self.slug)

    @property
    def domain(self) -> Optional[Domain]:
        """The domain of the steps it sends readers to."""
        return main_domain([q.step for q in self.questions if q.step]
                           + [step for band in self.bands for step in band.steps])


def build(documents: list[Document], guide: "Guide", checks: Checks) -> None:
    guide.assessments = {document.slug: _assessment(document, guide, checks) for document in documents}


def _assessment(document: Document, guide: "Guide", checks: Checks) -> Assessment:
    data = document.data
    questions = []
    for index, raw in enumerate(data["questions"]):
        step = None
        if raw.get("step") is not None:
            step = checks.resolve(document, ("questions", index, "step"), raw["step"], guide.steps, "step", "étape")
        answers = [Answer(a["id"], a["text"], a["score"]) for a in raw["answers"]]
        _unique(document, ("questions", index, "answers"), [a.id for a in answers], checks,
                lambda value: f"identifiant de réponse « {value} » en double dans la question « {raw['id']} » : "
                              "chaque réponse a le sien")
        questions.append(Question(raw["id"], raw["text"], answers, raw.get("help"), step))
    _unique(document, ("questions",), [q.id for q in questions], checks,
            lambda value: f"identifiant de question « {value} » en double dans le questionnaire : "
                          "chaque question a le sien")
    bands = [Band(raw["id"], raw["min"], raw["max"], raw["title"], raw["text"],
                  checks.resolve_all(document, ("bands", index, "steps"), raw["steps"], guide.steps, "step", "étape"))
             for index, raw in enumerate(data["bands"])]
    _unique(document, ("bands",), [b.id for b in bands], checks,
            lambda value: f"identifiant de tranche « {value} » en double : chaque tranche a le sien")
    assessment = Assessment(document.slug, document.path, data["title"], data["intro"], questions, bands)
    check_bands(assessment, checks.reporter(document))
    return assessment


def _unique(document: Document, path: tuple, ids: list, checks: Checks, message) -> None:
    checks.unique(((document, path + (position, "id"), value) for position, value in enumerate(ids)),
                  lambda value, _first: message(value))


def _totals(first, last):
    return f"le total {first}" if first == last else f"les totaux de {first} à {last}"


def check_bands(assessment, report):
    """Every reachable total belongs to exactly one band; each problem says which totals and where."""
    lowest, highest = assessment.lowest, assessment.highest
    ordered = []
    for index, band in enumerate(assessment.bands):
        if band.min > band.max:
            report(("bands", index, "max"), f"tranche « {band.id} » : son maximum ({band.max}) est plus petit que "
                                            f"son minimum ({band.min})")
        else:
            ordered.append((band.min, band.max, index, band))
    ordered.sort(key=lambda entry: entry[:3])
    covered_to, last = lowest - 1, None      # highest total covered so far, by which band
    for band_min, band_max, index, band in ordered:
        if last is None and band_min < lowest:
            report(("bands", index, "min"),
                   f"la tranche « {band.id} » commence à {band_min}, or le plus petit total possible est {lowest} "
                   f"(la réponse la moins notée de chaque question) : faites-la commencer à {lowest}")
        elif band_min > covered_to + 1:
            report(("bands", index, "min"),
                   f"aucune tranche ne couvre {_totals(covered_to + 1, band_min - 1)} : faites commencer la "
                   f"tranche « {band.id} » à {covered_to + 1} ou ajoutez une tranche")
        elif band_min <= covered_to:
            shared = _totals(band_min, min(covered_to, band_max))
            verb = "appartient" if shared.startswith("le total") else "appartiennent"
            report(("bands", index, "min"),
                   f"les tranches « {last.id} » et « {band.id} » se chevauchent : {shared} {verb} aux deux")
        if band_max > covered_to:
            covered_to, last = band_max, band
    if last is None:
        return
    last_index = assessment.bands.index(last)
    if covered_to < highest:
        report(("bands", last_index, "max"),
               f"aucune tranche ne couvre {_totals(covered_to + 1, highest)} : prolongez la tranche « {last.id} » "
               f"jusqu'à {highest}, le plus grand total possible (la réponse la mieux notée de chaque question), "
               "ou ajoutez une tranche")
    elif covered_to > highest:
        report(("bands", last_index, "max"),
               f"la tranche « {last.id} » va jusqu'à {covered_to}, or le plus grand total possible est {highest} "
               f"(la réponse la mieux notée de chaque question) : arrêtez-la à {highest}")
