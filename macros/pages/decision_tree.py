"""The page of a decision tree: the whole tree as nested questions and outcomes, readable without
JavaScript, and the same tree as JSON for the one-question-at-a-time widget (assets/js/decision-tree.js).
"""
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from macros.html.typography import plain_text
from macros.pages.page import GeneratedPage, page
from macros.pages.render import french_fields, script_json

if TYPE_CHECKING:
    from macros.build import Build

DATA_ID = "arbre-donnees"

def payload(tree, spaced=plain_text) -> list:
    """What the widget needs to walk the tree; outcomes themselves are read from the page.

    A one-element list rather than the bare object: Material's instant navigation re-creates every
    inline script of the content as a classic script, without its type and id, so the data runs as
    JavaScript. An array literal runs as an inert expression, where an object would throw a SyntaxError.
    The texts carry the French spaces the page's own text gets once built (html.typography): the widget
    shows them as they are. The English edition's pages get none (`spaced`: str).
    """
    return [{
        "start": tree.start,
        "questions": {q.id: _question(q, spaced) for q in tree.questions.values()},
        "outcomes": {o.id: {"title": spaced(o.title)} for o in tree.outcomes.values()},
    }]


def _question(question, spaced) -> dict:
    """A question as the widget shows it; a text still French is named in "fr" (render.french_fields)."""
    answers = [french_fields({"id": a.id, "label": spaced(a.label), "next": a.next}, label=a.label)
               for a in question.answers]
    return french_fields({"text": spaced(question.text), "help": spaced(question.help or ""), "answers": answers},
                         text=question.text, help=question.help)


@dataclass
class Node:
    """A question as placed in the nested view, with each answer's nested question (or None)."""
    question: object
    number: int
    branches: list = field(default_factory=list)     # (Answer, Node or None)


def layout(tree) -> Node:
    """The questions nested under the answers that lead to them; a question several answers lead to
    is nested under the first one and linked from the others."""
    placed = set()

    def place(question_id, number):
        placed.add(question_id)
        node = Node(tree.questions[question_id], number)
        for answer in node.question.answers:
            child = None
            if answer.next in tree.questions and answer.next not in placed:
                child = place(answer.next, number + 1)
            node.branches.append((answer, child))
        return node

    return place(tree.start, 1)


def pages(build: "Build") -> list[GeneratedPage]:
    return [page(build, "decision_tree.md.j2", tree.src_uri, tree.title, tree.path, tree=tree, guide=build.guide,
                 root=layout(tree), data=script_json(payload(tree, plain_text if build.language == "fr" else str)),
                 data_id=DATA_ID,
                 description=build.messages.text("tree.description", title=tree.title))
            for tree in build.guide.decision_trees.values()]
