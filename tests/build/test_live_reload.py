"""`make serve` rebuilds only what an edit changes: what the contributor then sees must still be right.

Not a timing (`make bench-serve` measures it): the pages, the glossary's back-links and the search
index served after an edit to one case study.
"""
import json
import os
import re
import signal
import subprocess
import time
from collections import Counter

import pytest

from benchmarks.serve import fetch, free_port
from project import ENV, MAKE, make_project

CASE = "initiatives/ville-test/"


def served(url, condition, timeout=90):
    """The page at url once condition(page) holds (the server rebuilds in the background)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        page = fetch(url)
        if page is not None and condition(page):
            return page
        time.sleep(0.2)
    raise AssertionError(f"{url} : toujours pas à jour après {timeout} s")


@pytest.fixture
def server(tmp_path):
    project = make_project(tmp_path / "project")
    port = free_port()
    # A session of its own: stopping `make` alone would leave its `mkdocs serve` running.
    process = subprocess.Popen(MAKE + ["serve", f"HOST=127.0.0.1:{port}"], cwd=project, env=ENV,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)
    base = f"http://127.0.0.1:{port}/"
    try:
        served(base + CASE, lambda page: "</html>" in page)
        yield project, base, process
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


def back_links(page):
    used = re.search(r'<p class="gb-term__used">(.*?)</p>', page)
    return set(re.findall(r'href="([^"]+)"', used.group(1))) if used else set()


def search_locations(base):
    return [entry["location"] for entry in json.loads(fetch(base + "search/search_index.json"))["docs"]]


def test_an_edited_case_study_shows_everywhere_it_appears_and_nowhere_twice(server):
    project, base, process = server
    incubateur_before = back_links(fetch(base + "glossaire/incubateur/"))
    tiers_lieu_before = back_links(fetch(base + "glossaire/tiers-lieu/"))
    assert "../../initiatives/ville-test/" not in incubateur_before and len(tiers_lieu_before) >= 2
    before = Counter(search_locations(base))
    source = project / "initiatives" / "ville-test.yml"
    source.write_text(source.read_text(encoding="utf-8").replace(
        "lede: Une ville ouvre un tiers-lieu.", "lede: Une ville ouvre un incubateur, marqueur-42."),
        encoding="utf-8")

    served(base + CASE, lambda page: "marqueur-42" in page)
    assert "marqueur-42" in served(base + "initiatives/", lambda page: "marqueur-42" in page)
    # The case study now names the incubator: the term's page lists it among the pages that use it.
    incubateur = served(base + "glossaire/incubateur/", lambda page: "initiatives/ville-test/" in page)
    # (the index of case studies shows the lede too)
    assert back_links(incubateur) == incubateur_before | {"../../initiatives/ville-test/", "../../initiatives/"}
    # The index no longer names the tiers-lieu (the lede did); the pages left as they were, not linked
    # again in this build, are still listed.
    assert back_links(fetch(base + "glossaire/tiers-lieu/")) == tiers_lieu_before - {"../../initiatives/"}
    assert "../../arbre-de-decision/" in tiers_lieu_before
    # A page the edit does not touch is still complete, its navigation included.
    about = fetch(base + "a-propos/")
    assert "Ville test" not in about and 'href="../glossaire/"' in about
    after = Counter(search_locations(base))
    assert set(after) == set(before) and max(after.values()) == 1, "entrées de recherche en double"
    assert "marqueur-42" in json.dumps(json.loads(fetch(base + "search/search_index.json")), ensure_ascii=False)
    assert process.poll() is None, process.stderr.read() if process.poll() is not None else ""


def test_case_studies_left_as_they_were_still_show_what_they_name(server):
    """Under `make serve`, an edit to case studies alone leaves the other case studies' pages as they
    were; an edit to anything else (a step's title here) makes them again."""
    project, base, process = server
    case = project / "initiatives" / "ville-test.yml"
    other = project / "initiatives" / "ville-deux.yml"
    other.write_text(case.read_text(encoding="utf-8").replace("title: Ville test", "title: Ville deux")
                     .replace("lede: Une ville ouvre un tiers-lieu.", "lede: Une autre ville, marqueur-deux."),
                     encoding="utf-8")
    before = served(base + "initiatives/ville-deux/", lambda page: "marqueur-deux" in page)
    assert "Ouvrir des lieux" in before

    case.write_text(case.read_text(encoding="utf-8").replace("lede: Une ville ouvre un tiers-lieu.",
                                                             "lede: Première modification, marqueur-un."),
                    encoding="utf-8")
    served(base + CASE, lambda page: "marqueur-un" in page)
    # (the server adds its reload script to each page it serves, with the time of the request)
    # and allows that script in the page's policy by its hash)
    without_reload = lambda page: re.sub(r"livereload\(\d+, \d+\)| 'sha256-[^']+'", "", page)  # noqa: E731
    assert without_reload(fetch(base + "initiatives/ville-deux/")) == without_reload(before)

    step = project / "roadmap" / "economie" / "lieux.yml"
    step.write_text(step.read_text(encoding="utf-8").replace("title: Ouvrir des lieux", "title: Ouvrir des lieux partagés"),
                    encoding="utf-8")
    # In the case study's list of the steps it illustrates (the navigation shows the new title anyway).
    illustrated = re.compile(r"Étape \d+\u202f: Ouvrir des lieux partagés</a>")
    for address in ("initiatives/ville-deux/", CASE):
        page = served(base + address, lambda page: illustrated.search(page) is not None)
        assert "marqueur-" in page
    assert process.poll() is None, process.stderr.read() if process.poll() is not None else ""


def test_the_served_page_allows_its_live_reload_script_and_nothing_else(server, browser):
    """The server adds its script after the build: the policy names that script's hash, and the page
    runs with no violation of its policy (the reload polling starts)."""
    import base64
    import hashlib
    _project, base, _process = server
    page = fetch(base + CASE)
    [script] = re.findall(r"<script>(.*?)</script>", page, re.S)
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    [policy] = re.findall(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page)
    assert f"script-src 'self' 'sha256-{digest}';" in policy
    context = browser.new_context()
    tab = context.new_page()
    violations, polls = [], []
    tab.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
    tab.on("request", lambda r: polls.append(r.url) if "/livereload/" in r.url else None)
    try:
        tab.goto(base + CASE)
        tab.wait_for_timeout(500)
        assert violations == [] and polls
    finally:
        context.close()
