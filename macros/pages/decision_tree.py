"""The page of a decision tree: the whole tree as nested questions and outcomes, readable without
JavaScript, and the tree's shape as JSON for the one-question-at-a-time widget (assets/js/decision-tree.js),
which takes its words from the nested view.
"""
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from macros.pages.page import GeneratedPage, page
from macros.pages.render import script_json

if TYPE_CHECKING:
    from macros.build import Build

DATA_ID = "arbre-donnees"

def payload(tree) -> list:
    """The tree's shape, which the widget walks: each question's answers and where each leads. The words
    (questions, help, answers, outcomes) are read from the nested view of the page, the one place they are
    written, with their French spaces and their `lang` as the page has them.

    A one-element list rather than the bare object: Material's instant navigation re-creates every
    inline script of the content as a classic script, without its type and id, so the data runs as
    JavaScript. An array literal runs as an inert expression, where an object would throw a SyntaxError.
    """
    return [{
        "start": tree.start,
        "questions": {q.id: {"answers": [{"id": a.id, "next": a.next} for a in q.answers]}
                      for q in tree.questions.values()},
    }]


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
                 root=layout(tree), data=script_json(payload(tree)),
                 data_id=DATA_ID,
                 description=build.messages.text("tree.description", title=tree.title))
            for tree in build.guide.decision_trees.values()]
