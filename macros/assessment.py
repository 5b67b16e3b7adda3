"""The self-assessment: a scored questionnaire (assessments/<slug>.yml) and its page.

Each answer is worth some points; the total falls into exactly one score band, which says what the
total means and which steps to read first. The bands must cover every total the answers can add up
to, without gap or overlap, or some reader would get no interpretation (or two).
"""
from dataclasses import dataclass, field
from typing import Optional

from . import content, pages
from .model import main_domain

KIND = "assessment"


@dataclass
class Answer:
    id: str
    text: str
    score: int


@dataclass
class Question:
    id: str
    text: str
    answers: list                       # Answer
    help: Optional[str] = None
    step: object = None                 # Step, when the question names one


@dataclass
class Band:
    id: str
    min: int
    max: int
    title: str
    text: str
    steps: list = field(default_factory=list)   # Step, in the order to read them


@dataclass
class Assessment:
    slug: str
    path: str
    title: str
    intro: str
    questions: list
    bands: list

    @property
    def lowest(self):
        return sum(min(a.score for a in q.answers) for q in self.questions)

    @property
    def highest(self):
        return sum(max(a.score for a in q.answers) for q in self.questions)

    @property
    def src_uri(self):
        return f"{self.slug}.md"

    @property
    def domain(self):
        """The domain of the steps it sends readers to."""
        return main_domain([q.step for q in self.questions if q.step]
                           + [step for band in self.bands for step in band.steps])


def build(document, guide, report):
    data = document.data
    questions = []
    for index, raw in enumerate(data["questions"]):
        step = _step(guide, raw.get("step"), ("questions", index, "step"), report)
        answers = [Answer(a["id"], a["text"], a["score"]) for a in raw["answers"]]
        _unique([a.id for a in answers], ("questions", index, "answers"), report,
                lambda value: f"identifiant de réponse « {value} » en double dans la question « {raw['id']} » : "
                              "chaque réponse a le sien")
        questions.append(Question(raw["id"], raw["text"], answers, raw.get("help"), step))
    _unique([q.id for q in questions], ("questions",), report,
            lambda value: f"identifiant de question « {value} » en double dans le questionnaire : "
                          "chaque question a le sien")
    bands = []
    for index, raw in enumerate(data["bands"]):
        steps = [_step(guide, key, ("bands", index, "steps", position), report)
                 for position, key in enumerate(raw["steps"])]
        bands.append(Band(raw["id"], raw["min"], raw["max"], raw["title"], raw["text"],
                          [s for s in steps if s is not None]))
    _unique([b.id for b in bands], ("bands",), report,
            lambda value: f"identifiant de tranche « {value} » en double : chaque tranche a le sien")
    assessment = Assessment(document.slug, document.path, data["title"], data["intro"], questions, bands)
    check_bands(assessment, report)
    return assessment


def _step(guide, key, path, report):
    if key is None:
        return None
    if key not in guide.steps:
        report(path, content._unknown("étape", key, guide.steps))
        return None
    return guide.steps[key]


def _unique(ids, path, report, message):
    seen = set()
    for position, value in enumerate(ids):
        if value in seen:
            report(path + (position, "id"), message(value))
        seen.add(value)


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


def points(score):
    return f"{score} point{'s' if score > 1 else ''}"


def assessment_pages(guide):
    found = []
    for assessment in guide.extras.get(KIND, {}).values():
        found.append(pages.GeneratedPage(assessment.src_uri, assessment.title, pages.render(
            "assessment.md.j2", assessment.src_uri, assessment=assessment,
            description="Un questionnaire noté pour situer sa collectivité et savoir par quelle étape commencer."),
            assessment.path))
    return found


pages.FILTERS["points"] = points
content.register_kind(KIND, "assessments/*", build, markdown_fields=[("intro",), ("questions", "*", "help"),
                                                                      ("bands", "*", "text")])
pages.EXTRA_PAGES.append(assessment_pages)
