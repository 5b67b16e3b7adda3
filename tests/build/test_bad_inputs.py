"""The corpus of bad inputs: each refused by `make check` and by `make build`, the site built before kept.

tests/fixtures/bad/<case>/ holds the files of one case, as they would sit in the repository (they replace
or join the mini corpus of tests/fixtures/mini), and expected.txt, the exact `path:line:col: message`
lines a contributor reads. A recipe.json stands for a file too big to keep in the repository (5 MB).

tests/fixtures/accepted/<case>/ holds inputs accepted on purpose (byte-order mark, CRLF, template
syntax, HTML in plain text, a decision label that tries to close its script): they build, and each line
of expected.txt, `page | html`, is a piece of HTML the page must contain (`!page | html`: must not).

Every case runs in its own copy of a small project (tests/project.py) through the real Makefile, several
at a time.
"""
import hashlib
import json
import os
import re
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from corpus import MINI
from project import make, make_project

FIXTURES = MINI.parent          # tests/fixtures: bad/, accepted/, mini/
BAD = sorted(p.name for p in (FIXTURES / "bad").iterdir() if p.is_dir())
ACCEPTED = sorted(p.name for p in (FIXTURES / "accepted").iterdir() if p.is_dir())
LOCATED = re.compile(r"^.+?:\d+:\d+: ")


def apply_case(case_dir: Path, project: Path):
    for source in sorted(case_dir.rglob("*")):
        relative = source.relative_to(case_dir).as_posix()
        if source.is_dir() or relative == "expected.txt":
            continue
        if relative == "recipe.json":
            recipe = json.loads(source.read_text(encoding="utf-8"))
            text = (MINI / recipe["path"]).read_text(encoding="utf-8")
            assert recipe["old"] in text
            relative = recipe["path"]
            content = text.replace(recipe["old"], recipe["new"] * recipe["repeat"], 1).encode("utf-8")
        else:
            content = source.read_bytes()
        target = project / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.unlink(missing_ok=True)
        target.write_bytes(content)


def snapshot(folder: Path) -> dict:
    """Every file and folder of a site, with its size, date and content digest."""
    found = {}
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).as_posix()
        if path.is_dir():
            found[relative + "/"] = None
        else:
            stat = path.stat()
            found[relative] = (stat.st_size, stat.st_mtime_ns, hashlib.sha256(path.read_bytes()).hexdigest())
    return found


@dataclass
class Outcome:
    project: Path
    check: subprocess.CompletedProcess
    build: subprocess.CompletedProcess
    site: dict            # snapshot of site/ after the failed or successful build
    leftovers: list       # temporary build folders still there


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """The mini project with a site/ already built by `make build`."""
    project = make_project(tmp_path_factory.mktemp("reference") / "project")
    result = make(project, "build")
    assert result.returncode == 0, result.stdout + result.stderr
    return project, snapshot(project / "site")


def _run_case(kind, case, reference_project, workspace):
    project = workspace / case
    shutil.copytree(reference_project, project, ignore=shutil.ignore_patterns("site"))
    # Hard links: a build that rewrote a file in place would show in the reference snapshot's digests.
    shutil.copytree(reference_project / "site", project / "site", copy_function=os.link)
    apply_case(FIXTURES / kind / case, project)
    check = make(project, "check")
    build = make(project, "build")
    leftovers = [name for name in (".site-tmp", ".site-old") if (project / name).exists()]
    return Outcome(project, check, build, snapshot(project / "site"), leftovers)


def _selected(request, names):
    """The cases of this run (all of them, or those picked with -k): only those are built."""
    wanted = set()
    for item in request.session.items:
        callspec = getattr(item, "callspec", None)
        if item.module.__name__ == request.module.__name__ and callspec and callspec.params.get("case") in names:
            wanted.add(callspec.params["case"])
    return sorted(wanted)


def _run_all(kind, names, reference, workspace):
    reference_project, _snapshot = reference
    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        futures = {case: pool.submit(_run_case, kind, case, reference_project, workspace) for case in names}
        return {case: future.result() for case, future in futures.items()}


@pytest.fixture(scope="module")
def refused(request, reference, tmp_path_factory):
    return _run_all("bad", _selected(request, BAD), reference, tmp_path_factory.mktemp("bad"))


@pytest.fixture(scope="module")
def accepted(request, reference, tmp_path_factory):
    return _run_all("accepted", _selected(request, ACCEPTED), reference, tmp_path_factory.mktemp("accepted"))


def expected_problems(case):
    return _lines(FIXTURES / "bad" / case / "expected.txt")


def _lines(path):
    # Not splitlines(): U+2028, which a case may contain on purpose, is not a line break here.
    return path.read_text(encoding="utf-8").rstrip("\n").split("\n")


def summary(count):
    return f"{count} problème{'s' if count > 1 else ''} dans le contenu : rien n'a été publié."


def test_the_corpus_has_at_least_forty_bad_inputs():
    assert len(BAD) >= 40
    for case in BAD:
        assert expected_problems(case), f"{case} : expected.txt vide"


@pytest.mark.parametrize("case", BAD)
def test_make_check_refuses_with_the_located_messages(case, refused):
    check = refused[case].check
    expected = expected_problems(case)
    assert check.returncode != 0
    assert [line for line in check.stderr.splitlines() if not line.startswith("make")] == (
        expected + [summary(len(expected))])


@pytest.mark.parametrize("case", BAD)
def test_make_build_refuses_and_leaves_the_site_untouched(case, refused, reference):
    outcome = refused[case]
    output = outcome.build.stdout + outcome.build.stderr
    assert outcome.build.returncode != 0
    assert [line for line in output.splitlines() if LOCATED.match(line)] == expected_problems(case)
    assert "Traceback" not in output
    assert outcome.site == reference[1], "site/ a changé après un échec"
    assert outcome.leftovers == []


def expected_html(case):
    for line in _lines(FIXTURES / "accepted" / case / "expected.txt"):
        page, snippet = line.split(" | ", 1)
        yield page.lstrip("!"), snippet, not page.startswith("!")


@pytest.mark.parametrize("case", ACCEPTED)
def test_input_accepted_on_purpose_builds_and_shows_as_written(case, accepted, reference):
    outcome = accepted[case]
    assert outcome.check.returncode == 0, outcome.check.stderr
    assert outcome.check.stdout.startswith("Contenu valide")
    assert outcome.build.returncode == 0, outcome.build.stdout + outcome.build.stderr
    assert outcome.site != reference[1] and outcome.leftovers == []
    for page, snippet, present in expected_html(case):
        html = (outcome.project / "site" / ("" if page == "index" else page) / "index.html").read_text(encoding="utf-8")
        assert (snippet in html) == present, (page, snippet)
