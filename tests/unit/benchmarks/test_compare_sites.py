"""The comparison of two built sites that a reorganisation of the engine must leave identical."""
import gzip
import io
import zipfile

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
    assert capsys.readouterr().out.startswith("0 différence(s) ; mis de côté")


def test_every_difference_is_named_with_the_first_line_that_differs(tmp_path):
    old = site(tmp_path / "old", {"index.html": "<head>\n<title>Guide</title>\n", "seul.html": "x",
                                  "img/logo.png": b"\x89PNG1", "telechargements/guide.pdf": b"%PDF-1 texte A"})
    new = site(tmp_path / "new", {"index.html": "<head>\n<title>Le guide</title>\n", "nouveau.html": "y",
                                  "img/logo.png": b"\x89PNG22", "telechargements/guide.pdf": b"%PDF-1 texte B"})
    assert compare(old, new) == [
        "seulement dans l'ancien site : seul.html",
        "seulement dans le nouveau site : nouveau.html",
        "différent : img/logo.png (5 et 6 octets)",
        "différent : index.html, ligne 2 : « <title>Guide</title> » → « <title>Le guide</title> »",
        "différent : telechargements/guide.pdf (14 et 14 octets)",
    ]
    assert main([str(old), str(new)]) == 1


def archive(files, date):
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as zipped:
        for name, content in files.items():
            zipped.writestr(zipfile.ZipInfo(name, date_time=date), content)
    return data.getvalue()


def sitemap(day, mtime):
    xml = f"<urlset><url><loc>https://exemple.org/</loc><lastmod>{day}</lastmod></url></urlset>"
    data = io.BytesIO()
    with gzip.GzipFile(fileobj=data, mode="wb", mtime=mtime) as zipped:
        zipped.write(xml.encode())
    return data.getvalue()


def test_dates_of_a_build_are_set_aside_but_the_files_inside_the_archive_are_compared(tmp_path):
    old = site(tmp_path / "old", {
        "sitemap.xml.gz": sitemap("2026-12-01", 1), "telechargements/guide.pdf": b"%PDF /CreationDate (D:20261201) x",
        "telechargements/copie.zip": archive({"index.html": "<h1>A</h1>", "seul.html": "x"}, (2026, 12, 1, 0, 0, 0))})
    new = site(tmp_path / "new", {
        "sitemap.xml.gz": sitemap("2026-12-03", 2), "telechargements/guide.pdf": b"%PDF /CreationDate (D:20261203) x",
        "telechargements/copie.zip": archive({"index.html": "<h1>B</h1>", "seul.html": "x"}, (2026, 12, 3, 0, 0, 0))})
    assert compare(old, new) == ["différent : telechargements/copie.zip:index.html"]


def workbook(created, cell):
    """An .xlsx as openpyxl writes one: its parts zipped, the time it was written in docProps/core.xml."""
    core = (f'<cp:coreProperties><dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{created}</dcterms:modified></cp:coreProperties>')
    return archive({"docProps/core.xml": core, "xl/worksheets/sheet1.xml": f"<c><v>{cell}</v></c>"},
                   (int(created[:4]), 12, int(created[8:10]), 0, 0, 0))


def test_a_spreadsheet_is_compared_without_the_time_it_was_written_in_the_site_and_in_the_archive(tmp_path):
    old = site(tmp_path / "old", {
        "telechargements/listes.xlsx": workbook("2026-12-01T10:00:00Z", "Fait"),
        "telechargements/autre.xlsx": workbook("2026-12-01T10:00:00Z", "Fait"),
        "telechargements/copie.zip": archive({"t/listes.xlsx": workbook("2026-12-01T10:00:00Z", "Fait")},
                                             (2026, 12, 1, 0, 0, 0))})
    new = site(tmp_path / "new", {
        "telechargements/listes.xlsx": workbook("2026-12-03T16:30:00Z", "Fait"),
        "telechargements/autre.xlsx": workbook("2026-12-03T16:30:00Z", "Done"),
        "telechargements/copie.zip": archive({"t/listes.xlsx": workbook("2026-12-03T16:30:00Z", "Fait")},
                                             (2026, 12, 3, 0, 0, 0))})
    sizes = [(side / "telechargements/autre.xlsx").stat().st_size for side in (old, new)]
    assert compare(old, new) == [f"différent : telechargements/autre.xlsx ({sizes[0]} et {sizes[1]} octets)"]
