"""Under `make serve`, a page rebuilt appends its search entries again: only its latest ones are kept."""
import json

from macros.serve.live_reload import deduplicate_search_index


def write_index(site, docs):
    (site / "search").mkdir(parents=True)
    (site / "search" / "search_index.json").write_text(json.dumps({"config": {"lang": ["fr"]}, "docs": docs}),
                                                       encoding="utf-8")


def test_each_page_keeps_only_its_latest_entries(tmp_path):
    write_index(tmp_path, [
        {"location": "a/", "title": "A", "text": "vieux"},
        {"location": "a/#section", "title": "Section", "text": "vieux"},
        {"location": "b/", "title": "B", "text": "b"},
        {"location": "a/", "title": "A", "text": "neuf"},
        {"location": "a/#section", "title": "Section", "text": "neuf"},
    ])
    deduplicate_search_index(str(tmp_path))
    assert json.loads((tmp_path / "search" / "search_index.json").read_text(encoding="utf-8")) == {
        "config": {"lang": ["fr"]},
        "docs": [{"location": "b/", "title": "B", "text": "b"},
                 {"location": "a/", "title": "A", "text": "neuf"},
                 {"location": "a/#section", "title": "Section", "text": "neuf"}]}


def test_an_index_without_duplicates_is_not_rewritten(tmp_path):
    write_index(tmp_path, [{"location": "a/", "title": "A", "text": "a"}, {"location": "b/", "title": "B", "text": "b"}])
    before = (tmp_path / "search" / "search_index.json").read_text(encoding="utf-8")
    deduplicate_search_index(str(tmp_path))
    assert (tmp_path / "search" / "search_index.json").read_text(encoding="utf-8") == before


def test_no_index_no_error(tmp_path):
    deduplicate_search_index(str(tmp_path))
    assert not (tmp_path / "search").exists()
