"""The MkDocs adapter: the only module that knows MkDocs' events and objects. It makes the one Build
object and hands each stage what it needs: check the content first, then add the generated pages in
memory, then post-process the HTML and publish the downloads.

The same hook builds either edition, in the language of the theme (mkdocs.yml: French, at the site's
root; mkdocs.en.yml: English, in its folder en/); see the README, « Édition anglaise »."""
import gc
import os
import sys
from html import unescape
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from markupsafe import Markup  # noqa: E402
from mkdocs.exceptions import Abort  # noqa: E402
from mkdocs.plugins import event_priority, get_plugin_logger  # noqa: E402
from mkdocs.structure.files import File  # noqa: E402

from macros import addresses  # noqa: E402
from macros.addresses import OFFLINE_ZIP, index_of, term_of_page  # noqa: E402
from macros.adapters.theme_meta import ThemeMeta  # noqa: E402
from macros.build import Build  # noqa: E402
from macros.html import csp, external_links, french_headings, page_speed, typography  # noqa: E402
from macros.outputs import history, hosting, offline  # noqa: E402
from macros.pages import catalogue, navigation  # noqa: E402
from macros.pages.render import FRENCH_PART, head_meta  # noqa: E402
from macros.reading import schemas, translations  # noqa: E402
from macros.reading.problems import ContentError  # noqa: E402
from macros.serve import live_reload  # noqa: E402

log = get_plugin_logger("guide")
# The one build of this process (`mkdocs serve` rebuilds with the same one): made at startup, reached by
# mkdocs-macros through the configuration (config.guide_build).
_build = {"current": None}
# The navigation's pages by source path (on_nav), the index marked as the section of the page being
# rendered (on_page_context, until on_post_page), and the pages' metadata while they are rendered.
_nav = {"pages": {}, "marked": None, "meta": ThemeMeta()}
WHOLLY_FRENCH = '<div lang="fr">'        # around a hand-written page with no translation yet


def on_startup(*, command, dirty):
    # `mkdocs serve` never makes the PDFs and the offline copy; `make serve` rebuilds only what an edit changes.
    _build["current"] = Build(ROOT, command, dirty)
    _build["command"] = command


def _current(config) -> Build:
    if _build["current"] is None:       # a build started without MkDocs' startup event (old MkDocs, tests)
        _build["current"] = Build(ROOT)
    build = _build["current"]
    build.root = Path(config.config_file_path).resolve().parent
    build.use_language(config.theme["language"])
    config.guide_build = build
    return build


def on_config(config):
    gc.unfreeze()       # what a failed build of `make serve` left frozen (see on_files)
    build = _current(config)
    _refuse_links_in(Path(config.docs_dir))
    english = build.root / translations.FOLDER
    if build.language != "fr":
        _refuse_links_in(english)
        if english.is_dir() and str(english) not in config.watch:    # a guide may have no translation yet
            config.watch.append(str(english))     # `make serve-en` shows an edited overlay
    _edition_addresses(config, build)
    schemas.forget()   # `mkdocs serve` rebuilds in this same process: a changed schema is read again
    try:
        guide = build.load()
    except ContentError as error:
        raise Abort("\n" + str(error)) from None
    config.nav = navigation.nav_with_tools(navigation.nav_with_domains(config.nav or [], guide), guide)
    if build.dirty:
        config.theme.static_templates.discard("sitemap.xml")   # lists every page; a preview needs none
    config.markdown_extensions.append(external_links.ExternalLinks())
    build.styles = page_speed.StyleBundle(Path(config.docs_dir), config.extra_css)
    config.extra_css = build.styles.extra_css
    site = {"name": config.site_name, "description": config.site_description or "",
            "url": config.extra.get("public_url") or ""}
    build.downloads.prepare(guide, site, Path(config.docs_dir), build.root)
    if build.downloads.report:
        log.info(build.downloads.report)
    if build.downloads.enabled and not site["url"]:
        log.info("SITE_URL non défini : les PDF, les pages imprimées et la copie hors connexion n'indiquent "
                 "aucune adresse en ligne (SITE_URL=https://… make build pour l'y mettre)")
    return config


def _edition_addresses(config, build):
    """Each edition's home address (for its twin pages in the sitemap); the English edition's own, in its
    folder en/ of the French site, except under `mkdocs serve`, which shows it at the root."""
    build.site_roots = {language: addresses.edition_root(config.site_url, language) for language in addresses.EDITIONS}
    if build.language != "fr" and _build.get("command") != "serve":
        config.site_url = build.site_roots[build.language]
        if config.extra.get("public_url"):
            config.extra["public_url"] = addresses.edition_root(config.extra["public_url"], build.language)


def on_files(files, config):
    build = config.guide_build
    build.linked.clear()     # what a failed build of `make serve` left
    build.meta.clear()
    build.untranslated_pages.clear()
    build.begin_pages(config.use_directory_urls)
    guide, glossary = build.guide, build.glossary
    docs = Path(config.docs_dir).resolve().relative_to(build.root).as_posix()
    docs_pages = files.documentation_pages()
    for file in docs_pages:
        file.edit_uri = build.edit_path(f"{docs}/{file.src_uri}")   # "Modifier cette page" opens docs/x.md, not x.md
        _track(build, file)
    # What every page shows: the navigation (with the titles of docs/ pages), the style sheets' names,
    # the glossary's forms and tooltips.
    build.incremental.begin_build([config.nav, config.extra_css, sorted(glossary.tips.items()),
                                   sorted((t.slug, t.forms) for t in guide.terms.values()),
                                   sorted((f.src_uri, Path(f.abs_src_path).stat().st_mtime) for f in docs_pages)])
    for page in build.pages():
        if files.get_file_from_path(page.src_uri) is not None:
            raise Abort(f"docs/{page.src_uri} existe déjà : cette page est produite à partir des fichiers YAML, "
                        "retirez le fichier de docs/")
        build.meta[page.src_uri] = head_meta(page.meta)
        if guide.untranslated.get(page.edit_path) == "all":
            build.untranslated_pages[page.src_uri] = "all"
        generated = File.generated(config, page.src_uri, content=page.content)
        generated.edit_uri = build.edit_path(page.edit_path)
        _track(build, generated, page.content, _back_links_of(glossary, page.src_uri))
        files.append(generated)
    for path, content in build.files():
        if files.get_file_from_path(path) is not None:
            raise Abort(f"docs/{path} existe déjà : ce fichier est produit à partir des fichiers YAML, "
                        "retirez-le de docs/")
        files.append(File.generated(config, path, content=content))
    # The guide's model and its pages stay until the end of the build: Python's collector need not walk
    # them again at each full collection (a third of its time at 1,000 case studies); see on_post_build.
    gc.freeze()
    return files


def _track(build, file, content=None, extra=None):
    """Under `make serve`, a file counts as modified only when its page would change (serve.live_reload)."""
    if build.dirty:
        file.is_modified = build.incremental.is_modified(file.src_uri, file.is_modified, file.abs_dest_path,
                                                         content, extra)


def _refuse_links_in(docs: Path):
    """MkDocs follows symbolic links in docs/: one sent in a pull request would publish, or list in the
    build log, what it points to (a file of the machine that builds, a whole folder). Looked for before
    MkDocs walks the folder, without following any."""
    linked = []
    for folder, subfolders, names in os.walk(docs):
        for name in subfolders + names:
            if (Path(folder) / name).is_symlink():
                linked.append((Path(folder) / name).relative_to(docs.parent).as_posix())
    if linked:
        raise Abort("\n" + "\n".join(f"{label}:1:1: lien symbolique refusé : le guide ne publie que des fichiers "
                                     "ordinaires du dépôt ; remplacez le lien par le fichier lui-même"
                                     for label in sorted(linked)))


def _back_links_of(glossary, src_uri):
    """For a term's page, what its « Employé dans » will list (known once the other pages are linked)."""
    slug = term_of_page(src_uri)
    if slug is None:
        return None
    return lambda: [(ref.src_uri, ref.title) for ref in glossary.pages_using(slug)]



def on_page_read_source(page, config):
    """The English edition reads a hand-written page from en/docs/ (docs/ when it has no translation yet)."""
    build = config.guide_build
    if build.language == "fr" or page.file.generated_by is not None:
        return None
    english = translations.english_page(build.root, page.file.src_uri)
    if english is None:
        build.untranslated_pages[page.file.src_uri] = "all"
    return english


def on_page_markdown(markdown, page, config, files):
    if page.file.generated_by is not None:
        page.meta.update(config.guide_build.meta.get(page.file.src_uri, {}))
    build = config.guide_build
    page.meta.update(history.page_meta(build.dates, page.file.edit_uri, build.messages.date))   # « Dernière mise à jour »
    return markdown



def on_page_content(html, page, config, files):
    """The links are made here, before on_env, so that every term's page knows which pages link to it."""
    build = config.guide_build
    if build.language != "fr":
        html = _marked_untranslated(build, page.file, html)
        french_headings.mark_toc(page.toc, html, whole=html.startswith(WHOLLY_FRENCH))
    build.linked[page.file.src_uri] = (html, _link(page, html, config))
    return html


def _marked_untranslated(build, file, html):
    """An English page showing French text gets the notice (docs/overrides/main.html); a hand-written page
    with no translation yet is wholly French, its text marked so and spaced the French way."""
    if build.untranslated_pages.get(file.src_uri) == "all" and file.generated_by is None:
        return f'{WHOLLY_FRENCH}{typography.french_spacing(html)}</div>'
    if ' lang="fr"' in html:          # pages.render.lang: no contributor's text can write it (escaped)
        build.untranslated_pages.setdefault(file.src_uri, "some")
    return html


def on_nav(nav, config, files):
    _nav["pages"] = {item.file.src_uri: item for item in nav.pages}
    return nav


def _mark_section(page, context):
    """A case study, a term, a domain's checklists are not in the navigation (not_in_nav), so Material gives
    them neither a breadcrumb nor a current section. Their index stands in: `index_page` for the breadcrumb
    (partials/path.html), and the index's entry marked active in the navigation (md-nav__item--active, and
    its section opened) while the page is rendered."""
    index = _nav["pages"].get(index_of(page.file.src_uri) or "") if not page.ancestors else None
    context["index_page"] = index
    if index is not None:
        index.active = True
        _nav["marked"] = index


def _unmark_section():
    if _nav["marked"] is not None:
        _nav["marked"].active = False
        _nav["marked"] = None


@event_priority(-100)       # after the search plugin's
def on_page_context(context, page, config, nav):
    _nav["meta"].show(page)
    _mark_section(page, context)
    build = config.guide_build
    # The language selector leads to this page in each edition (partials/alternate.html), and the page says
    # when its text is still French.
    context["gb_alternates"] = {language: build.links.in_edition(page.file.src_uri, build.language, language)
                                for language in addresses.EDITIONS}
    context["gb_untranslated"] = build.untranslated_pages.get(page.file.src_uri)
    read, linked = config.guide_build.linked.pop(page.file.src_uri, (None, None))
    if linked is not None:
        # Another plugin may have changed the page since: then its version is the one linked.
        page.content = linked if page.content == read else _link(page, page.content, config)
    if page.content:
        # The theme's templates come without indentation (see on_env); the page's own text the same.
        page.content = page_speed.strip_indentation(page.content)
    return context


def _link(page, html, config):
    # Navigation titles are HTML (see pages.navigation); the glossary wants them as text, but for one with
    # French text marked (pages.render.theme_label), which a term's « Used in » shows as it is.
    title = page.title or ""
    return config.guide_build.glossary.link(html, page.file.src_uri,
                                            Markup(title) if FRENCH_PART in title else unescape(title))


def on_env(env, config, files):
    """Every page is linked by now: each term's page can list the pages that link to the term."""
    pages = [f.page for f in files.documentation_pages() if f.page is not None]
    page = next((p for p in pages if p.previous_page is None and p.next_page is not None), None)
    order = []
    while page is not None:
        order.append(page.file.src_uri)
        page = page.next_page
    if not isinstance(env.loader, page_speed.IndentFreeTemplates):
        env.loader = page_speed.IndentFreeTemplates(env.loader)
    env.filters["gb_deferred"] = page_speed.deferred_scripts
    # The theme's overrides (docs/overrides/) write their words from the build's catalogue.
    build = config.guide_build
    env.globals.update(t=build.messages.text, t_date=build.messages.date, t_in=catalogue.in_language,
                       gb_home=lambda language: addresses.home_path(build.site_roots[language]),
                       gb_editions=lambda src_uri: [
        (language, addresses.online(root, src_uri)) for language, root in build.site_roots.items()])
    glossary = config.guide_build.glossary
    glossary.forget_pages_except(f.src_uri for f in files.documentation_pages())
    for page in pages:
        src_uri = page.file.src_uri
        if term_of_page(src_uri) is not None and page.content is not None:
            page.content = glossary.with_back_links(page.content, order)
            if src_uri in config.guide_build.linked:
                _read, linked = config.guide_build.linked[src_uri]
                config.guide_build.linked[src_uri] = (page.content, glossary.with_back_links(linked, order))
    _nav["meta"].hide(pages)
    return env


# Before the page's own text, Material's navigation then its table of contents: the same on many pages
# (every case study), spaced once (typography.french_spacing_in_parts). Each is the start of a tag the
# theme writes outside any other, before any text of the page.
_RECURRING_PARTS = ('<div class="md-sidebar md-sidebar--primary"', '<div class="md-sidebar md-sidebar--secondary"',
                    '<div class="md-content"')


def on_post_page(output, page, config):
    _unmark_section()
    _nav["meta"].hide_again(page)
    output = typography.for_edition(output, config.guide_build.language, _RECURRING_PARTS)
    return _with_policy(output, page.file.src_uri)


def on_post_template(output, template_name, config):
    """The theme's own pages (404.html) carry the policy and the French spacing too."""
    if not template_name.endswith(".html"):
        return output
    return _with_policy(typography.for_edition(output, config.guide_build.language), template_name)


def _with_policy(html, label):
    if csp.inline_scripts(html):
        # The theme's scripts are files; one in the page came from elsewhere (a theme update, or text
        # that escaped its escaping): the policy blocks it, and under --strict nothing is published.
        log.warning("%s : script en ligne refusé par la politique de sécurité des pages (Content-Security-"
                    "Policy) ; les scripts du site sont des fichiers de docs/assets/js/", label)
    return csp.with_policy(html)


def on_serve(server, config, builder):
    """`mkdocs serve` adds its live-reload script to each page it serves: the page's policy allows it."""
    inject = server._inject_js_into_html

    def inject_allowed(content, epoch):
        body_end = content.rfind(b"</body>")
        return csp.allowing_injected_script(inject(content, epoch), body_end if body_end >= 0 else len(content))

    server._inject_js_into_html = inject_allowed
    return server


def on_post_build(config):
    gc.unfreeze()       # a rebuild of `make serve` makes a new model: the old one may then be collected
    _nav["meta"].restore()
    build = config.guide_build
    # The policy as an HTTP header and each edition's 404 page, for the hosts that read such files.
    for name, text in hosting.files(build.language, config.site_url, csp.header()).items():
        Path(config.site_dir, name).write_text(text, encoding="utf-8")
    if build.styles is not None:
        build.styles.write(config.site_dir)
    if build.dirty:
        kept = live_reload.deduplicate_search_index(config.site_dir)
        # Material's search plugin keeps the previous index to add the next dirty build's pages to it.
        previous = getattr(config.plugins.get("material/search"), "search_index_prev", None)
        if kept is not None and previous is not None:
            previous.entries = kept
    if build.language == "fr":
        typography.spaced_search_index(config.site_dir)
    build.downloads.publish(config.site_dir)
    # Last: the offline copy is the site as written, downloads and search index included.
    copy = build.downloads.found.get(OFFLINE_ZIP)
    if copy is not None:
        offline.make(Path(config.site_dir), copy, config.extra.get("public_url") or "")
