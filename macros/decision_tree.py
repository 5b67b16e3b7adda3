"""Decision trees (decisions/<slug>.yml): questions whose answers lead to other questions or to outcomes.

The tree is checked as a graph: every answer leads somewhere, no path loops, every question and outcome
can be reached from the start, and each outcome's devices, terms and steps exist in the guide. The page
itself is made by `decision_tree_page`.
"""
import difflib
from dataclasses import dataclass, field
from typing import Optional

from . import content, decision_tree_page, pages
from .model import main_domain

KIND = "decision-tree"


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
    answers: list               # Answer
    help: Optional[str] = None


@dataclass
class Outcome:
    id: str
    index: int
    title: str
    summary: str
    devices: list               # Term
    steps: list                 # Step
    terms: list = field(default_factory=list)   # Term

    def initiatives(self, guide):
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
    questions: dict             # id -> Question, in file order
    outcomes: dict              # id -> Outcome, in file order

    @property
    def src_uri(self):
        return "arbre-de-decision.md" if self.slug == "dispositifs" else f"arbre-de-decision/{self.slug}.md"

    @property
    def domain(self):
        """The domain whose steps its outcomes send the reader to (written once, in the outcomes)."""
        return main_domain(step for outcome in self.outcomes.values() for step in outcome.steps)


def build(document, guide, report):
    data = document.data
    tree = DecisionTree(document.slug, document.path, data["title"], data["intro"], data["start"], {}, {})
    taken = {}                  # id -> what holds it, for the duplicate message
    for index, raw in enumerate(data["questions"]):
        path = ("questions", index, "id")
        if _claim(taken, raw["id"], f"la question ligne {document.where(path)[0]}", path, report):
            answers = [Answer(a["id"], a["label"], a["next"]) for a in raw["answers"]]
            tree.questions[raw["id"]] = Question(raw["id"], index, raw["text"], answers, raw.get("help"))
        _unique_answers(raw, index, report)
    for index, raw in enumerate(data["outcomes"]):
        path = ("outcomes", index, "id")
        if _claim(taken, raw["id"], f"la recommandation ligne {document.where(path)[0]}", path, report):
            tree.outcomes[raw["id"]] = Outcome(
                raw["id"], index, raw["title"], raw["summary"],
                devices=_terms(guide, raw, index, "devices", report),
                steps=_steps(guide, raw, index, report),
                terms=_terms(guide, raw, index, "terms", report))
    check_graph(tree, report)
    return tree


def _claim(taken, node_id, holder, path, report):
    # Questions and outcomes share one namespace: an answer's `next` must name exactly one node.
    if node_id in taken:
        report(path, f"identifiant « {node_id} » déjà pris par {taken[node_id]} : chaque question et chaque "
                     "recommandation a le sien")
        return False
    taken[node_id] = holder
    return True


def _unique_answers(raw, index, report):
    seen = set()
    for position, answer in enumerate(raw["answers"]):
        if answer["id"] in seen:
            report(("questions", index, "answers", position, "id"),
                   f"identifiant de réponse « {answer['id']} » en double dans la question « {raw['id']} » : "
                   "chaque réponse a le sien, il figure dans l'adresse d'un résultat partagé")
        seen.add(answer["id"])


def _terms(guide, raw, index, field_name, report):
    found = []
    for position, slug in enumerate(raw.get(field_name, [])):
        if slug in guide.terms:
            found.append(guide.terms[slug])
        else:
            report(("outcomes", index, field_name, position), content._unknown("terme du glossaire", slug, guide.terms))
    return found


def _steps(guide, raw, index, report):
    found = []
    for position, key in enumerate(raw["steps"]):
        if key in guide.steps:
            found.append(guide.steps[key])
        else:
            report(("outcomes", index, "steps", position), content._unknown("étape", key, guide.steps))
    return found


def check_graph(tree, report):
    """Dangling answers, loops and unreachable nodes, each reported where the contributor fixes it."""
    known = list(tree.questions) + list(tree.outcomes)
    for question in tree.questions.values():
        for position, answer in enumerate(question.answers):
            if answer.next not in tree.questions and answer.next not in tree.outcomes:
                report(("questions", question.index, "answers", position, "next"),
                       f"réponse sans suite : « {answer.next} » n'est ni une question ni une recommandation de "
                       f"l'arbre{_close(answer.next, known)}")
    if tree.start not in tree.questions:
        if tree.start in tree.outcomes:
            report(("start",), f"« {tree.start} » est une recommandation : l'arbre doit commencer par une question")
        else:
            report(("start",), f"question de départ inconnue « {tree.start} »{_close(tree.start, tree.questions)}")
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


def _close(value, known):
    close = difflib.get_close_matches(value, list(known), n=1, cutoff=0.6)
    return f" : vouliez-vous dire « {close[0]} » ?" if close else ""


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


def tree_pages(guide):
    return [decision_tree_page.page(tree, guide) for tree in guide.extras.get(KIND, {}).values()]


content.register_kind(KIND, "decisions/*", build, [("intro",), ("outcomes", "*", "summary")])
pages.EXTRA_PAGES.append(tree_pages)
