"""The two adapters to MkDocs: the hook refuses symbolic links in docs/ and puts the policy in every page
of the theme; mkdocs-macros never renders a generated page and gives the home page its counts."""
from types import SimpleNamespace

import pytest
from mkdocs.exceptions import Abort

from corpus import MINI
from macros.adapters import mkdocs_hook, mkdocs_macros
from macros.build import Build


def test_a_symbolic_link_in_docs_is_refused_with_its_path(tmp_path):
    docs = tmp_path / "docs"
    (docs / "assets").mkdir(parents=True)
    (tmp_path / "secret.txt").write_text("confidentiel", encoding="utf-8")
    (docs / "copie.md").symlink_to(tmp_path / "secret.txt")
    with pytest.raises(Abort) as refused:
        mkdocs_hook._refuse_links_in(docs)
    assert str(refused.value) == ("\ndocs/copie.md:1:1: lien symbolique refusé : le guide ne publie que des fichiers "
                                  "ordinaires du dépôt ; remplacez le lien par le fichier lui-même")


def test_the_theme_s_own_pages_get_the_policy_and_other_templates_do_not():
    config = SimpleNamespace(guide_build=Build(MINI))
    page = '<html><head><meta charset="utf-8"><title>Page introuvable</title></head></html>'
    assert mkdocs_hook.on_post_template(page, "404.html", config).startswith(
        '<html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src \'self\'; ')
    assert mkdocs_hook.on_post_template("<urlset></urlset>", "sitemap.xml", None) == "<urlset></urlset>"


def test_french_spacing_is_for_the_french_edition_only():
    french, english = Build(MINI), Build(MINI)
    english.use_language("en")
    assert "<p>Une question\u202f?</p>" in mkdocs_hook.on_post_template(
        "<html><head></head><body><p>Une question ?</p></body></html>", "404.html", SimpleNamespace(guide_build=french))
    assert "<p>A question? Yes: « no »</p>" in mkdocs_hook.on_post_template(
        "<html><head></head><body><p>A question? Yes: « no »</p></body></html>", "404.html",
        SimpleNamespace(guide_build=english))


def test_a_generated_page_is_never_rendered_by_mkdocs_macros():
    meta = {"render_macros": True}
    env = SimpleNamespace(page=SimpleNamespace(file=SimpleNamespace(generated_by="guide")),
                          variables={"page": SimpleNamespace(meta=meta)})
    mkdocs_macros.on_pre_page_macros(env)
    assert meta == {"render_macros": False}


class _MacrosPlugin:
    """Stands for mkdocs-macros: its page event renders every page it is given."""

    def on_page_markdown(self, markdown, page, config, files):
        return markdown.replace("{{ 6*7 }}", "42")


def test_only_hand_written_pages_reach_mkdocs_macros():
    plugin = _MacrosPlugin()
    plugin.conf = SimpleNamespace(guide_build=None, plugins=SimpleNamespace(events={"page_markdown": [
        plugin.on_page_markdown]}))
    plugin.macro = lambda function: function
    mkdocs_macros.define_env(plugin)
    [handler] = plugin.conf.plugins.events["page_markdown"]

    def page(generated_by):
        return SimpleNamespace(file=SimpleNamespace(generated_by=generated_by))
    assert handler("La ville {{ 6*7 }}", page=page("guide"), config=None, files=None) == "La ville {{ 6*7 }}"
    assert handler("La ville {{ 6*7 }}", page=page(None), config=None, files=None) == "La ville 42"


def test_the_home_page_counts_what_the_guide_holds():
    build = Build(MINI)
    build.load()
    macros = {}
    plugins = SimpleNamespace(events={"page_markdown": []})
    env = SimpleNamespace(conf=SimpleNamespace(guide_build=build, plugins=plugins),
                          macro=lambda function: macros.setdefault(function.__name__, function))
    mkdocs_macros.define_env(env)
    assert sorted(macros) == ["counts", "domains_overview", "downloads_section", "repository_link", "site_owner",
                              "start_here"]
    assert macros["counts"]() == {"steps": 1, "terms": 2, "initiatives": 1, "checklists": 1}


def test_a_page_shows_its_whole_metadata_only_while_it_is_rendered():
    from macros.adapters.theme_meta import ThemeMeta
    step = SimpleNamespace(meta={"description": "Choisir les priorités", "search": {"exclude": True}})
    home = SimpleNamespace(meta={"description": "Accueil", "icon": "material/home", "hide": ["toc"]})
    meta = ThemeMeta()
    meta.hide([step, home])
    # Another page's navigation reads only its icon, subtitle or status; the search plugin, its search keys.
    assert step.meta == {"search": {"exclude": True}}
    assert home.meta == {"icon": "material/home"}
    # Material's navigation asks `nav_item.meta and nav_item.meta.icon`: a page it shows nothing of
    # answers at the first test, as a page without metadata does; one with an icon still shows it.
    assert not step.meta and step.meta.get("search") == {"exclude": True}
    assert home.meta
    meta.show(step)
    assert step.meta == {"description": "Choisir les priorités", "search": {"exclude": True}}
    meta.hide_again(step)
    assert step.meta == {"search": {"exclude": True}}
    meta.restore()
    assert home.meta == {"description": "Accueil", "icon": "material/home", "hide": ["toc"]}
