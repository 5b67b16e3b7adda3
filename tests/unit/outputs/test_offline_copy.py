"""The offline copy made from a built site: what each file becomes so that the copy works from a folder
(file://), what the zip holds, and the zip's size given back to the pages that offer it."""
import json
import zipfile

import pytest

from macros.outputs import offline
from macros.outputs.downloads import Download

MARKER = offline.SIZE_MARKER


@pytest.mark.parametrize("link, local", [
    ("../../glossaire/tiers-lieu/", "../../glossaire/tiers-lieu/index.html"),
    ("autre/", "autre/index.html"),
    (".", "./index.html"), ("./", "./index.html"), ("..", "../index.html"), ("../..", "../../index.html"),
    ("../../", "../../index.html"),
    ("../initiatives/?pays=S%C3%A9n%C3%A9gal&amp;annee=2019",
     "../initiatives/index.html?pays=S%C3%A9n%C3%A9gal&amp;annee=2019"),
    ("../arbre/#resultat-lieu", "../arbre/index.html#resultat-lieu"),
    ("./?h=incubateur#incubateur", "./index.html?h=incubateur#incubateur"),
    ("../page/2/?texte=a/b/", "../page/2/index.html?texte=a/b/"),
])
def test_a_link_to_a_folder_names_its_index_file(link, local):
    assert offline.local_link(link) == local


@pytest.mark.parametrize("link", [
    "", "#section", "?pays=Kenya", "../../assets/css/guide.0a1b.css", "telechargements/liste.pdf",
    "../img/photo.jpg?v=2", "https://example.org/dossier/", "mailto:contact@example.org", "tel:+33100000000",
    "//cdn.example.org/x/", "/racine/", "data:image/png;base64,AAAA", "../fichier.tar.gz#x",
])
def test_other_links_are_left_as_they_are(link):
    assert offline.local_link(link) == link


def test_every_address_of_a_page_is_made_local_and_nothing_else():
    html = ('<link rel="canonical" href="https://guide.example.org/a/b/">\n'
            '<link rel="prev" href="../c/"><link rel="stylesheet" href="../../assets/x.css">\n'
            '<script src="../../assets/js/boot.js" data-scope="../.."></script>\n'
            '<a class="x" href=".." title="haut">Accueil</a> <a href="../d/#part">d</a>\n'
            '<img src="../../figures/f.svg" srcset="../../f/ 1x, ../../g.png 2x" alt="x">\n'
            '<div data-step-href="../e/">code : <code>le href="../f/" du lien</code> '
            '&lt;a href=&quot;../g/&quot;&gt;</div>')
    assert offline.with_local_links(html) == (
        '<link rel="canonical" href="https://guide.example.org/a/b/">\n'
        '<link rel="prev" href="../c/index.html"><link rel="stylesheet" href="../../assets/x.css">\n'
        '<script src="../../assets/js/boot.js" data-scope="../.."></script>\n'
        '<a class="x" href="../index.html" title="haut">Accueil</a> <a href="../d/index.html#part">d</a>\n'
        '<img src="../../figures/f.svg" srcset="../../f/index.html 1x, ../../g.png 2x" alt="x">\n'
        '<div data-step-href="../e/">code : <code>le href="../f/" du lien</code> '
        '&lt;a href=&quot;../g/&quot;&gt;</div>')


def test_material_configuration_loses_instant_navigation_and_keeps_the_rest():
    config = {"base": "../..", "features": ["navigation.instant", "navigation.instant.progress", "toc.follow",
                                            "navigation.footer"],
              "search": "../../assets/javascripts/workers/search.js", "translations": {"a": "</script> & l'été"}}
    # As Material's template writes it (Jinja's tojson), nothing in it closing the script.
    written = json.dumps(config).replace("<", "\\u003c").replace("&", "\\u0026").replace("'", "\\u0027")
    html = ('<body><script id="__config" type="application/json">' + written + '</script>'
            '<script src="bundle.js"></script></body>')
    result = offline.with_file_config(html)
    text = result.split('type="application/json">')[1].split("</script>")[0]
    assert "<" not in text and "&" not in text and "'" not in text
    assert json.loads(text) == {**config, "features": ["toc.follow", "navigation.footer"]}
    assert result.endswith('</script><script src="bundle.js"></script></body>')


@pytest.mark.parametrize("path, src", [("index.html", "assets/js/file-worker.js"),
                                       ("glossaire/index.html", "../assets/js/file-worker.js"),
                                       ("initiatives/page/3/index.html", "../../../assets/js/file-worker.js")])
def test_each_page_loads_the_worker_shim_from_the_copy(path, src):
    html = "<html><head><title>t</title></head><body></body></html>"
    assert offline.with_worker_shim(html, path) == \
        f'<html><head><title>t</title><script src="{src}"></script></head><body></body></html>'


def test_the_offer_of_the_zip_leaves_the_page_and_the_other_offers_stay():
    html = ('<ul class="gb-downloads">\n<li><a href="t/z.zip">Le guide hors connexion (ZIP, ' + MARKER +
            ')</a> : décompressez-le.</li>\n'
            '<li><a href="t/g.pdf">Le guide (PDF, 3 pages, 9 Ko)</a> : tout.</li>\n</ul>')
    assert offline.without_zip_offer(html) == \
        '<ul class="gb-downloads">\n<li><a href="t/g.pdf">Le guide (PDF, 3 pages, 9 Ko)</a> : tout.</li>\n</ul>'
    assert offline.without_zip_offer("<li>rien</li>") == "<li>rien</li>"


def test_the_search_index_becomes_a_script_whose_results_name_files():
    index = {"config": {"lang": ["fr"]}, "docs": [
        {"location": "", "title": "Accueil", "text": "<p>x</p>"},
        {"location": "#telecharger", "title": "Télécharger",
         "text": f"<ul> <li>Le guide (ZIP, {MARKER}) : a.</li> <li>Le livret (PDF, 8 Ko) : b.</li> </ul>"},
        {"location": "etapes/une/", "title": "Une", "text": "\u2028"},
        {"location": "etapes/une/#liste", "title": "Liste", "text": ""}]}
    script = offline.search_script(json.dumps(index))
    assert script.startswith("var __index = ") and "\u2028" not in script
    docs = json.loads(script.removeprefix("var __index = "))["docs"]
    assert [doc["location"] for doc in docs] == ["index.html", "index.html#telecharger", "etapes/une/index.html",
                                                 "etapes/une/index.html#liste"]
    assert docs[1]["text"] == "<ul> <li>Le livret (PDF, 8 Ko) : b.</li> </ul>"


def test_the_list_of_every_case_study_names_their_files():
    script = 'window.gbInitiatives={"address":"slug/","steps":["a/b"],"items":[{"t":"Étoile \\u2028","u":"x"}]};\n'
    result = offline.initiatives_script(script)
    assert result.startswith("window.gbInitiatives=") and result.endswith(";\n")
    data = json.loads(result.removeprefix("window.gbInitiatives=").rstrip().removesuffix(";"))
    assert data == {"address": "slug/index.html", "steps": ["a/b"], "items": [{"t": "Étoile \u2028", "u": "x"}]}


def built_site(site):
    """A small site as MkDocs writes it, with the zip's offer on its home page."""
    offer = f'<li><a href="telechargements/guide-hors-ligne.zip">Copie (ZIP, {MARKER})</a></li>'
    files = {"index.html": f'<head></head><a href="a/">a</a><ul>{offer}</ul>',
             "a/index.html": '<head></head><a href="../">accueil</a>', "404.html": "<head></head>",
             "_headers": "/*", "sitemap.xml": "<urlset/>", "sitemap.xml.gz": "", "assets/b.js": "b",
             "assets/b.js.map": "{}", "telechargements/livret.pdf": "%PDF",
             "telechargements/guide-hors-ligne.zip": "an old one",
             "search/search_index.json": json.dumps({"docs": [{"location": "a/", "text": f"<li>ZIP, {MARKER}</li>"}]})}
    for path, text in files.items():
        (site / path).parent.mkdir(parents=True, exist_ok=True)
        (site / path).write_text(text, encoding="utf-8")
    return site


def test_the_zip_holds_the_copy_and_nothing_only_a_server_uses(tmp_path):
    site = built_site(tmp_path / "site")
    shown = offline.write(site, tmp_path / "copie.zip", "https://guide.example.org/")
    with zipfile.ZipFile(tmp_path / "copie.zip") as archive:
        names = sorted(archive.namelist())
        readme = archive.read("guide-hors-ligne/LISEZ-MOI.txt").decode("utf-8")
        home = archive.read("guide-hors-ligne/index.html").decode("utf-8")
    assert names == [f"guide-hors-ligne/{name}" for name in [
        "LISEZ-MOI.txt", "a/index.html", "assets/b.js", "index.html", "search/search_index.js",
        "telechargements/livret.pdf"]]
    assert "https://guide.example.org/" in readme
    assert home == '<head><script src="assets/js/file-worker.js"></script></head><a href="a/index.html">a</a><ul></ul>'
    assert sorted(shown) == [site / "index.html", site / "search" / "search_index.json"]


def test_the_zip_size_is_given_where_the_site_offered_it(tmp_path):
    site = built_site(tmp_path / "site")
    download = Download("telechargements/guide-hors-ligne.zip", "Copie", None)
    offline.make(site, download)
    size = (site / "telechargements" / "guide-hors-ligne.zip").stat().st_size
    assert download.size == size
    label = f"{max(1, round(size / 1024))} Ko"
    assert f"Copie (ZIP, {label})</a>" in (site / "index.html").read_text(encoding="utf-8")
    assert f"ZIP, {label}" in (site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert MARKER not in (site / "a" / "index.html").read_text(encoding="utf-8")


def test_the_copy_offers_no_other_edition():
    page = ('<head><link rel="alternate" href="/" hreflang="fr"><link rel="alternate" href="/en/" hreflang="en">'
            '<link rel="canonical" href="https://guide.exemple.org/a/"></head><header>'
            '<!-- gb-editions --><div class="md-header__option"><div class="md-select"><a href="../en/a/" '
            'hreflang="en">English</a></div></div><!-- /gb-editions --><div class="md-header__option">palette</div>'
            '</header><p>Texte, <a href="../b/" hreflang="fr">lien</a></p>')
    assert offline.without_other_editions(page) == (
        '<head><link rel="canonical" href="https://guide.exemple.org/a/"></head><header>'
        '<div class="md-header__option">palette</div></header><p>Texte, <a href="../b/" hreflang="fr">lien</a></p>')
