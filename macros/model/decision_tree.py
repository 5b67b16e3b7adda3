"""Decision trees (decisions/<slug>.yml): questions whose answers lead to other questions or to outcomes.

The tree is checked as a graph: every answer leads somewhere, no path loops, every question and outcome
can be reached from the start, and each outcome's devices, terms and steps exist in the guide.
"""
from dataclasses import dataclass, field
from typing import Optional, TYPE_CHECKING

from macros import addresses
from macros.model.references import Checks, did_you_mean
from macros.model.roadmap import Domain, Step, main_domain
from macros.model.term import Term
from macros.reading.yamlload import Document

if TYPE_CHECKING:
    from macros.model.guide import Guide


@dataclass
class Answer:
    id: str
    label: str
    next: str


@dataclass
class Question:
    id: str
    index: int                  # position in the file's list, to locate problems
    text: str
    answers: list[Answer]
    help: Optional[str] = None


@dataclass
class Outcome:
    id: str
    index: int
    title: str
    summary: str
    devices: list[Term]
    steps: list[Step]
    terms: list[Term] = field(default_factory=list)

    def initiatives(self, guide: "Guide") -> list[tuple]:
        """(initiative, the devices it shares with this outcome), from what each initiative names."""
        wanted = {term.slug for term in self.devices}
        found = []
        for initiative in guide.initiatives:
            shared = [term for term in initiative.devices if term.slug in wanted]
            if shared:
                found.append((initiative, shared))
        return found


@dataclass
class DecisionTree:
    slug: str
    path: str
    title: str
    intro: str
    start: str
    questions: dict[str, Question]      # in file order
    outcomes: dict[str, Outcome]        # in file order

    @property
    def src_uri(self) -> str:
        return addresses.decision_tree(self.slug)

    @property
    def domain(self) -> Optional[Domain]:
        """The domain whose steps its outcomes send the reader to (written once, in the outcomes)."""
        return main_domain(step for outcome in self.outcomes.values() for step in outcome.steps)


def build(documents: list[Document], guide: "Guide", checks: Checks) -> None:
    guide.decision_trees = {document.slug: _tree(document, guide, checks) for document in documents}


def _tree(document: Document, guide: "Guide", checks: Checks) -> DecisionTree:
    report = checks.reporter(document)
    data = document.data
    tree = DecisionTree(document.slug, document.path, data["title"], data["intro"], data["start"], {}, {})
    claimed = _claim_ids(document, checks)
    for index, raw in enumerate(data["questions"]):
        if claimed[raw["id"]][1] == ("questions", index, "id"):
            answers = [Answer(a["id"], a["label"], a["next"]) for a in raw["answers"]]
            tree.questions[raw["id"]] = Question(raw["id"], index, raw["text"], answers, raw.get("help"))
        _unique_answers(document, raw, index, checks)
    for index, raw in enumerate(data["outcomes"]):
        if claimed[raw["id"]][1] == ("outcomes", index, "id"):
            tree.outcomes[raw["id"]] = Outcome(
                raw["id"], index, raw["title"], raw["summary"],
                devices=checks.resolve_all(document, ("outcomes", index, "devices"), raw.get("devices", []),
                                           guide.terms, "term", "terme du glossaire"),
                steps=checks.resolve_all(document, ("outcomes", index, "steps"), raw["steps"], guide.steps,
                                         "step", "étape"),
                terms=checks.resolve_all(document, ("outcomes", index, "terms"), raw.get("terms", []),
                                         guide.terms, "term", "terme du glossaire"))
    check_graph(tree, report)
    return tree


def _claim_ids(document: Document, checks: Checks) -> dict:
    """Questions and outcomes share one namespace: an answer's `next` must name exactly one node. The
    first to take an id keeps it."""
    nodes = [(document, (part, index, "id"), raw["id"]) for part in ("questions", "outcomes")
             for index, raw in enumerate(document.data[part])]

    def holder(first):
        what = "la question" if first[1][0] == "questions" else "la recommandation"
        return f"{what} ligne {document.where(first[1])[0]}"

    return checks.unique(nodes, lambda value, first: f"identifiant « {value} » déjà pris par {holder(first)} : "
                                                     "chaque question et chaque recommandation a le sien")


def _unique_answers(document: Document, raw: dict, index: int, checks: Checks) -> None:
    checks.unique(((document, ("questions", index, "answers", position, "id"), answer["id"])
                   for position, answer in enumerate(raw["answers"])),
                  lambda value, _first: f"identifiant de réponse « {value} » en double dans la question « {raw['id']} » : "
                                        "chaque réponse a le sien, il figure dans l'adresse d'un résultat partagé")


def check_graph(tree, report):
    """Dangling answers, loops and unreachable nodes, each reported where the contributor fixes it."""
    known = list(tree.questions) + list(tree.outcomes)
    for question in tree.questions.values():
        for position, answer in enumerate(question.answers):
            if answer.next not in tree.questions and answer.next not in tree.outcomes:
                report(("questions", question.index, "answers", position, "next"),
                       f"réponse sans suite : « {answer.next} » n'est ni une question ni une recommandation de "
                       f"l'arbre{did_you_mean(answer.next, known)}")
    if tree.start not in tree.questions:
        if tree.start in tree.outcomes:
            report(("start",), f"« {tree.start} » est une recommandation : l'arbre doit commencer par une question")
        else:
            report(("start",), f"question de départ inconnue « {tree.start} »{did_you_mean(tree.start, tree.questions)}")
        return
    for question, position, loop in find_loops(tree):
        report(("questions", question.index, "answers", position, "next"),
               f"boucle : cette réponse ramène à la question « {loop[0]} », déjà posée sur ce chemin "
               f"({' → '.join(loop)}) ; chaque chemin doit finir sur une recommandation")
    reached = reachable(tree)
    for question in tree.questions.values():
        if question.id not in reached:
            report(("questions", question.index, "id"),
                   f"question « {question.id} » jamais posée : aucune réponse n'y mène depuis la question de "
                   f"départ « {tree.start} »")
    for outcome in tree.outcomes.values():
        if outcome.id not in reached:
            report(("outcomes", outcome.index, "id"),
                   f"recommandation « {outcome.id} » jamais atteinte : aucune réponse n'y mène depuis la question "
                   f"de départ « {tree.start} »")


def reachable(tree):
    """Ids of the questions and outcomes that some sequence of answers reaches from the start."""
    seen, pending = {tree.start}, [tree.start]
    while pending:
        for answer in tree.questions[pending.pop()].answers:
            if answer.next not in seen and (answer.next in tree.questions or answer.next in tree.outcomes):
                seen.add(answer.next)
                if answer.next in tree.questions:
                    pending.append(answer.next)
    return seen


def find_loops(tree):
    """(question, answer position, loop of question ids) for each answer that closes a loop.

    A depth-first walk from the start, then from any question the start does not reach, so that a
    loop among unreachable questions is reported too.
    """
    state, trail, loops = {}, [], []

    def visit(question_id):
        state[question_id] = "open"
        trail.append(question_id)
        question = tree.questions[question_id]
        for position, answer in enumerate(question.answers):
            if state.get(answer.next) == "open":
                loops.append((question, position, trail[trail.index(answer.next):] + [answer.next]))
            elif answer.next in tree.questions and answer.next not in state:
                visit(answer.next)
        trail.pop()
        state[question_id] = "done"

    for question_id in [tree.start] + list(tree.questions):
        if question_id not in state:
            visit(question_id)
    return loops


def check_devices_recommended(documents: dict, guide: "Guide", checks: Checks) -> None:
    """A case study is cited by the decision trees through its devices: one that no outcome recommends
    would never be cited there, which its contributor would not expect."""
    if not guide.decision_trees or any(kind == "decision-tree" for kind, _slug in checks.broken) or any(
            problem.path.startswith("decisions/") for problem in checks.problems):
        return      # a broken tree's outcomes are unknown: its own problems come first
    recommended = {term.slug for tree in guide.decision_trees.values() for outcome in tree.outcomes.values()
                   for term in outcome.devices}
    for document in documents.get("initiative", []):
        for index, slug in enumerate(document.data.get("devices") or []):
            if isinstance(slug, str) and slug in guide.terms and slug not in recommended:
                checks.report(document, ("devices", index),
                              f"ce dispositif ne mène à aucune recommandation : aucun résultat des arbres de "
                              f"décision (decisions/) ne propose « {slug} », si bien que cette étude de cas n'y "
                              "serait jamais citée ; choisissez un dispositif qu'ils recommandent, ou ajoutez-le "
                              "à une recommandation")
