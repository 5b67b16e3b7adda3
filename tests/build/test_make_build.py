"""`make build` builds into .site-tmp and swaps: whatever fails, the site/ built before stays as it was."""
import hashlib

import pytest

from conftest import mkdocs_build
from project import make, make_project


def snapshot(folder):
    return {p.relative_to(folder).as_posix(): (p.stat().st_mtime_ns, hashlib.sha256(p.read_bytes()).hexdigest())
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def built(tmp_path):
    project = make_project(tmp_path / "guide")
    result = make(project, "build")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().endswith("Site construit dans site/")
    return project, snapshot(project / "site")


def test_a_build_failing_late_leaves_the_previous_site_byte_for_byte(built):
    project, before = built
    # A hand-written page asking for a template that does not exist: MkDocs fails while writing the
    # pages, once it has emptied its output folder and written the theme's files and the first pages.
    page = project / "docs" / "introduction.md"
    page.write_text("---\ntemplate: absente.html\n---\n" + page.read_text(encoding="utf-8"), encoding="utf-8")
    result = make(project, "build")
    assert result.returncode != 0
    assert "'absente.html' not found" in result.stdout + result.stderr
    # The same build straight into a folder leaves half a site there: what the swap protects from.
    direct = mkdocs_build(project, project / "direct")
    assert direct.returncode != 0 and (project / "direct" / "index.html").exists()
    assert snapshot(project / "site") == before
    assert not (project / ".site-tmp").exists() and not (project / ".site-old").exists()


def test_a_build_refused_by_the_checker_leaves_the_previous_site(built):
    project, before = built
    path = project / "initiatives" / "ville-test.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("country: Maroc", "country: NO"), encoding="utf-8")
    result = make(project, "build")
    assert result.returncode != 0
    assert "initiatives/ville-test.yml:4:10: « NO » est lu par YAML comme un booléen" in result.stdout
    assert snapshot(project / "site") == before
    assert not (project / ".site-tmp").exists()


def test_a_build_refused_in_its_english_edition_leaves_the_previous_site(built):
    project, before = built
    assert "en/index.html" in before and "index.html" in before      # both editions, in one site
    overlay = project / "en" / "glossary" / "incubateur.yml"
    overlay.parent.mkdir(parents=True)
    overlay.write_text("term: Incubator\nsynonym: [hub]\n", encoding="utf-8")
    result = make(project, "build")
    assert result.returncode != 0
    assert "en/glossary/incubateur.yml:2:1: clé « synonym » absente du fichier français" in result.stdout
    assert snapshot(project / "site") == before
    assert not (project / ".site-tmp").exists()


def test_a_successful_build_replaces_the_site_whole(built):
    project, before = built
    path = project / "initiatives" / "ville-test.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("title: Ville test", "title: Ville refaite"),
                    encoding="utf-8")
    (project / "site" / "reste-d-un-ancien-site.html").write_text("ancien", encoding="utf-8")
    result = make(project, "build")
    assert result.returncode == 0, result.stdout + result.stderr
    after = snapshot(project / "site")
    assert "reste-d-un-ancien-site.html" not in after
    assert after.keys() == before.keys()
    assert "Ville refaite" in (project / "site/initiatives/ville-test/index.html").read_text(encoding="utf-8")
    assert not (project / ".site-tmp").exists() and not (project / ".site-old").exists()
