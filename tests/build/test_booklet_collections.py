"""The case studies' collections of a larger, generated guide (benchmarks/corpus.py): a domain split into
parts past the bound (a small one here, GUIDE_COLLECTION_PAGES), and the cache of booklets — a second
build lays nothing out, a changed case study lays out again only the collection that prints it.

The booklets are made as the build makes them (booklets.write, which the build's Downloads calls), without
the pages of the site, which these tests do not read."""
import re

import pytest
import yaml
from pypdf import PdfReader

from benchmarks.corpus import dump, make_corpus
from macros.kinds import load_guide
from macros.outputs import booklets

BOUND = 24          # pages of a collection, by estimate
SITE = {"name": "Le numérique au service des collectivités locales", "description": "", "url": ""}
FOLDER = "telechargements"


def write(root, out, cache):
    return booklets.write(load_guide(root), root / "docs", out, SITE, cache, dates={})


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """The booklets written twice with the same cache, then once more after one case study changed."""
    base = tmp_path_factory.mktemp("collections")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GUIDE_COLLECTION_PAGES", str(BOUND))
        root = base / "project"
        make_corpus(root, 60)
        cache = base / "cache"
        first, first_laid_out = write(root, base / "first", cache)
        kept = {file.name: file.stat().st_mtime_ns for file in cache.iterdir()}
        second, second_laid_out = write(root, base / "second", cache)
        after = {file.name: file.stat().st_mtime_ns for file in cache.iterdir()}
        changed = sorted((root / "initiatives").glob("*.yml"))[-1]
        data = yaml.safe_load(changed.read_text(encoding="utf-8"))
        data["body"] = "Phrase ajoutée pour l'essai du cache. " + data["body"]
        dump(changed, "../schemas/initiative.schema.json", data)
        third, third_laid_out = write(root, base / "third", cache)
    return {"root": root, "base": base, "first": first, "first_laid_out": first_laid_out, "kept": kept,
            "after": after, "second_laid_out": second_laid_out, "third": third, "third_laid_out": third_laid_out,
            "changed": changed.stem}


def domain_written(initiative):
    domains = [step.domain.slug for step in initiative.steps]
    return max(domains, key=lambda slug: (domains.count(slug), -domains.index(slug)))


def text_of(path):
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_a_domain_past_the_bound_is_split_into_parts_that_hold_each_case_study_once(made):
    guide = load_guide(made["root"])
    out = made["base"] / "first" / FOLDER
    split = 0
    for domain in guide.domains:
        mine = [i for i in guide.initiatives if domain_written(i) == domain.slug]
        parts = sorted(out.glob(f"etudes-de-cas-{domain.slug}-*.pdf"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
        if not parts:
            assert (out / f"etudes-de-cas-{domain.slug}.pdf").is_file()
            continue
        split += 1
        assert not (out / f"etudes-de-cas-{domain.slug}.pdf").exists()
        holding = []
        for number, path in enumerate(parts, 1):
            reader = PdfReader(path)
            # A bound on the estimate: the layout may run a page or two over it, never far.
            assert len(reader.pages) <= BOUND + 3, (path.name, len(reader.pages))
            assert re.fullmatch(rf"Études de cas\u202f: {re.escape(domain.title)} \({number} sur {len(parts)}\)",
                                reader.metadata.title), reader.metadata.title
            contents = " ".join(reader.pages[1].extract_text().split())
            holding.append([i.slug for i in mine if " ".join(i.title.split()) in contents])
        # Every case study of the domain in one part, the parts one after the other in title order.
        assert [slug for part in holding for slug in part] == [i.slug for i in mine]
    assert split >= 2


def test_a_second_build_lays_nothing_out_and_rewrites_no_cached_pdf(made):
    assert len(made["first_laid_out"]) == len(made["first"])
    assert made["second_laid_out"] == []
    assert made["after"] == made["kept"]
    second = made["base"] / "second" / FOLDER
    for booklet, _pages in made["first"]:
        assert (second.parent / booklet.path).read_bytes() == (made["base"] / "first" / booklet.path).read_bytes()


def test_a_changed_case_study_lays_out_again_only_the_collection_that_prints_it(made):
    holding = made["third_laid_out"]
    assert len(holding) == 1 and holding[0].startswith(f"{FOLDER}/etudes-de-cas-"), holding
    printed = text_of(made["base"] / "third" / holding[0])
    assert "Phrase ajoutée pour l'essai du cache." in printed
    for booklet, _pages in made["third"]:
        if booklet.path != holding[0]:
            assert "Phrase ajoutée" not in text_of(made["base"] / "third" / booklet.path), booklet.path
