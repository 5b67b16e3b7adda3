"""The case studies in print: which collection each lands in, and where a domain's collection is split.
Nothing is laid out here (tests/build/test_booklet_collections.py reads the PDFs)."""
from collections import Counter

import pytest

from conftest import ROOT
from macros.kinds import load_guide
from macros.outputs import booklets, case_studies


@pytest.fixture(scope="module")
def guide():
    return load_guide(ROOT)


def domain_written(initiative):
    """The domain most of the steps the case study's YAML names belong to (the first named on a tie)."""
    domains = [key.split("/")[0] for key in (step.key for step in initiative.steps)]
    counts = Counter(domains)
    return max(domains, key=lambda slug: (counts[slug], -domains.index(slug)))


def test_each_case_study_is_in_one_collection_of_its_domain_in_title_order(guide):
    for pages in (300, 12):
        found = []
        for collection in case_studies.collections(guide, pages):
            assert {domain_written(i) for i in collection.initiatives} == {collection.domain.slug}
            titles = [i.title.lower() for i in collection.initiatives]
            assert titles == sorted(titles)
            found += [i.slug for i in collection.initiatives]
        assert sorted(found) == sorted(i.slug for i in guide.initiatives)


def test_a_domain_has_one_collection_within_the_bound_and_numbered_parts_past_it(guide):
    whole = case_studies.collections(guide, 300)
    assert [(c.domain.slug, c.part) for c in whole] == [(d.slug, 0) for d in guide.domains]
    split = case_studies.collections(guide, 12)
    for domain in guide.domains:
        parts = [c for c in split if c.domain is domain]
        assert len(parts) >= 2
        assert [c.part for c in parts] == list(range(1, len(parts) + 1))
        assert all(c.parts == len(parts) and c.estimated_pages <= 12 for c in parts)
        # One after the other in title order: part 2 starts where part 1 ends.
        assert all(a.initiatives[-1].title.lower() < b.initiatives[0].title.lower() for a, b in zip(parts, parts[1:]))


def test_a_case_study_longer_than_the_bound_makes_a_part_of_its_own(guide):
    parts = case_studies.collections(guide, 1)
    assert len(parts) == len(guide.initiatives)
    assert all(len(c.initiatives) == 1 for c in parts)


def test_collection_booklets_are_named_by_domain_and_part(guide, monkeypatch):
    monkeypatch.setenv("GUIDE_COLLECTION_PAGES", "12")
    made = booklets.case_study_booklets(guide)
    first = made[0]
    assert first.path == "telechargements/etudes-de-cas-developpement-economique-1.pdf"
    assert first.title.startswith("Études de cas : Stimuler le développement économique local (1 sur ")
    names = [i.title for i in first.collection.initiatives]
    assert first.description.endswith(f", de « {names[0]} » à « {names[-1]} ».")
    monkeypatch.setenv("GUIDE_COLLECTION_PAGES", "300")
    assert booklets.case_study_booklets(guide)[0].path == "telechargements/etudes-de-cas-developpement-economique.pdf"
