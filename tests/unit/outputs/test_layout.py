"""What decides that a booklet is laid out again: its fingerprint, and the cache of PDFs already made.
WeasyPrint is not run here (tests/build/test_booklet_collections.py does)."""
import os

from macros.outputs import layout

HTML = '<html><body><p>Bonjour</p><img src="images/carte.png" alt=""></body></html>'


def test_the_fingerprint_follows_the_html_the_settings_and_the_images_bytes(tmp_path):
    (tmp_path / "images").mkdir()
    image = tmp_path / "images" / "carte.png"
    image.write_bytes(b"one")
    first = layout.fingerprint(HTML, tmp_path, "css 1")
    assert layout.fingerprint(HTML, tmp_path, "css 1") == first
    assert layout.fingerprint(HTML.replace("Bonjour", "Bonsoir"), tmp_path, "css 1") != first
    assert layout.fingerprint(HTML, tmp_path, "css 2") != first
    image.write_bytes(b"two")
    assert layout.fingerprint(HTML, tmp_path, "css 1") != first


def test_cache_gives_back_a_kept_pdf_with_its_page_count_and_keeps_only_what_a_build_used(tmp_path):
    made = tmp_path / "made.pdf"
    made.write_bytes(b"%PDF-1.7 a")
    cache = layout.Cache(tmp_path / "cache")
    cache.keep("aaa", made, 12)
    cache.keep("bbb", made, 3)
    cache.prune()
    later = layout.Cache(tmp_path / "cache")       # the next build
    assert later.restore("aaa", tmp_path / "out.pdf") == 12
    assert (tmp_path / "out.pdf").read_bytes() == b"%PDF-1.7 a"
    assert later.restore("ccc", tmp_path / "other.pdf") is None
    later.prune()
    assert sorted(p.name for p in (tmp_path / "cache").iterdir()) == ["aaa.json", "aaa.pdf"]


def test_no_cache_folder_keeps_nothing(tmp_path):
    made = tmp_path / "made.pdf"
    made.write_bytes(b"%PDF")
    cache = layout.Cache(None)
    cache.keep("aaa", made, 1)
    assert cache.restore("aaa", tmp_path / "out.pdf") is None
    assert os.listdir(tmp_path) == ["made.pdf"]


def test_the_cache_is_in_the_project_unless_guide_cache_says_where_one_folder_per_edition(tmp_path, monkeypatch):
    monkeypatch.delenv("GUIDE_CACHE", raising=False)
    assert layout.cache_folder(tmp_path) == tmp_path / ".cache" / "booklets" / "fr"
    assert layout.cache_folder(tmp_path, "en") == tmp_path / ".cache" / "booklets" / "en"
    monkeypatch.setenv("GUIDE_CACHE", str(tmp_path / "ci"))
    assert layout.cache_folder(tmp_path, "fr") == tmp_path / "ci" / "booklets" / "fr"
    assert layout.cache_folder(tmp_path, "en") == tmp_path / "ci" / "booklets" / "en"


def test_each_edition_prunes_its_own_booklets_only(tmp_path, monkeypatch):
    """`make build`: the French build, then the English one, in the same cache; each keeps the other's."""
    monkeypatch.delenv("GUIDE_CACHE", raising=False)
    made = tmp_path / "made.pdf"
    made.write_bytes(b"%PDF-1.7 a")
    for build in range(2):
        french = layout.Cache(layout.cache_folder(tmp_path, "fr"))
        if french.restore("livret-fr", tmp_path / "out.pdf") is None:
            french.keep("livret-fr", made, 2)
        french.prune()
        english = layout.Cache(layout.cache_folder(tmp_path, "en"))
        if english.restore("booklet-en", tmp_path / "out.pdf") is None:
            assert build == 0, "the French build pruned the English booklet"
            english.keep("booklet-en", made, 3)
        english.prune()
    folder = tmp_path / ".cache" / "booklets"
    assert sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*.*")) == [
        "en/booklet-en.json", "en/booklet-en.pdf", "fr/livret-fr.json", "fr/livret-fr.pdf"]
    assert layout.Cache(layout.cache_folder(tmp_path, "fr")).restore("livret-fr", tmp_path / "again.pdf") == 2
