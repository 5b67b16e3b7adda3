"""A located problem in the content, reported as `path:line:col: message`."""
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    col: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}: {self.message}"


class ContentError(Exception):
    """Raised when the content has problems; carries all of them."""

    def __init__(self, problems):
        self.problems = sorted(set(problems))
        super().__init__(format_problems(self.problems))


def format_problems(problems) -> str:
    lines = [str(p) for p in problems]
    count = len(lines)
    lines.append(f"{count} problème{'s' if count > 1 else ''} dans le contenu : rien n'a été publié.")
    return "\n".join(lines)
