"""The comparison of two built sites that a reorganisation of the engine must leave identical."""
from benchmarks.compare_sites import compare, main


def site(root, files):
    for relative, content in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return root


def test_identical_sites_have_no_difference_and_exit_0(tmp_path, capsys):
    pages = {"index.html": "<h1>Accueil</h1>\n", "glossaire/index.html": "<p>Termes</p>\n"}
    old, new = site(tmp_path / "old", pages), site(tmp_path / "new", pages)
    assert compare(old, new) == []
    assert main([str(old), str(new)]) == 0
    assert capsys.readouterr().out.startswith("0 différence(s) ; non comparés")


def test_every_difference_is_named_with_the_first_line_that_differs(tmp_path):
    old = site(tmp_path / "old", {"index.html": "<head>\n<title>Guide</title>\n", "seul.html": "x",
                                  "img/logo.png": b"\x89PNG1", "sitemap.xml.gz": b"\x1f\x8b1",
                                  "telechargements/guide.pdf": b"%PDF-1"})
    new = site(tmp_path / "new", {"index.html": "<head>\n<title>Le guide</title>\n", "nouveau.html": "y",
                                  "img/logo.png": b"\x89PNG22", "sitemap.xml.gz": b"\x1f\x8b2",
                                  "telechargements/guide.pdf": b"%PDF-2"})
    assert compare(old, new) == [
        "seulement dans l'ancien site : seul.html",
        "seulement dans le nouveau site : nouveau.html",
        "différent : img/logo.png (5 et 6 octets)",
        "différent : index.html, ligne 2 : « <title>Guide</title> » → « <title>Le guide</title> »",
    ]
    assert main([str(old), str(new)]) == 1
