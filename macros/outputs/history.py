"""« Dernière mise à jour » of a page: the date of the last commit that changed the file it is made from.

One `git log` for the whole build, not one per page. Outside a git checkout (a downloaded archive, a
copy) there is simply no date: the page says nothing rather than something false.
"""
import subprocess
from pathlib import Path

from macros.pages.render import date_fr

# Each commit starts with a line "\x00AAAA-MM-JJ", followed by the files it changed.
_GIT_LOG = ["git", "-c", "core.quotepath=off", "log", "--format=%x00%cs", "--name-only", "--relative",
            "--", "."]


def last_changes(root: Path) -> dict:
    """{path relative to root: "AAAA-MM-JJ"} for every file of root that git has seen committed."""
    try:
        result = subprocess.run(_GIT_LOG, cwd=root, capture_output=True, text=True, encoding="utf-8",
                                errors="replace", timeout=120)
    except (OSError, subprocess.SubprocessError):
        return {}
    if result.returncode != 0:
        return {}
    dates, date = {}, None
    for line in result.stdout.splitlines():
        if line.startswith("\x00"):
            date = line[1:].strip()
        elif line and date:
            dates.setdefault(line, date)  # newest first: the first date seen is the last change
    return dates


def updated(dates: dict, source: str):
    """Date of a file, or of the newest file of a folder ("initiatives/"); None when unknown."""
    if not source:
        return None
    if source.endswith("/"):
        return max((d for path, d in dates.items() if path.startswith(source)), default=None)
    return dates.get(source)


def page_meta(dates: dict, source: str, written=date_fr) -> dict:
    """What the theme shows under a page, the date `written` in the page's language: {} when it is unknown."""
    date = updated(dates, source)
    if date is None:
        return {}
    return {"last_updated": date, "last_updated_text": written(date)}
