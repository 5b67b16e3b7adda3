"""The mkdocs-macros adapter: the few macros hand-written pages may call (the home page's entry points,
domains, downloads and counts; the publisher and the repository named by the site's information pages). Loaded by mkdocs-macros from this file (mkdocs.yml: module_name), after the MkDocs
hook has made the build (config.guide_build)."""
import logging
import sys
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# mkdocs-macros says at INFO, on every build, which module, functions, variables, macros and filters it
# found: six lines that tell a contributor nothing. Its warnings and errors still show, and `mkdocs build
# --verbose` shows everything. This file is read before its first such line (and again by each rebuild of
# `mkdocs serve`: one filter all the same).
_MACROS_LOG = logging.getLogger("mkdocs.plugins.mkdocs_macros.util")
if not getattr(_MACROS_LOG, "guide_quiet", False):
    _MACROS_LOG.addFilter(lambda record: record.levelno > logging.INFO or _MACROS_LOG.isEnabledFor(logging.DEBUG))
    _MACROS_LOG.guide_quiet = True


def on_pre_page_macros(env):
    """A page made from the YAML records is never a template, whatever mkdocs.yml or its metadata say:
    mkdocs-macros reads this flag from the same metadata object just before it would render the page."""
    if env.page.file.generated_by is not None:
        env.variables["page"].meta["render_macros"] = False


def _hand_written_pages_only(env):
    """mkdocs-macros copies the page and its own variables for every page before it reads whether to
    render it (a tenth of a second at 1,000 case studies); a page made from the records is never rendered
    (on_pre_page_macros), so it is not handed to mkdocs-macros at all."""
    handlers = env.conf.plugins.events["page_markdown"]
    for index, handler in enumerate(handlers):
        if getattr(handler, "__self__", None) is env:
            def hand_written_only(markdown, *, page, handler=handler, **others):
                return markdown if page.file.generated_by is not None else handler(markdown, page=page, **others)
            handlers[index] = hand_written_only


def define_env(env):
    _hand_written_pages_only(env)

    def build():
        return env.conf.guide_build

    def render(template, **context):
        current = build()
        return current.templates.render(template, env.page.file.src_uri, current.links, **context)

    @env.macro
    def domains_overview():
        """The domains and their steps, for hand-written pages such as the home page."""
        return render("_domains_overview.html.j2", guide=build().guide)

    @env.macro
    def start_here():
        """The home page's three ways in: the self-assessments, the decision trees, each domain's steps."""
        guide = build().guide
        return render("_start_here.html.j2", domains=guide.domains,
                      assessments=_by_domain(guide.assessments), decision_trees=_by_domain(guide.decision_trees))

    @env.macro
    def site_owner():
        """Who publishes this copy of the guide and where it is hosted (mkdocs.yml: extra), for the
        legal notice; the open-source project and its repository when the build was not told."""
        extra = env.conf.extra
        return render("_site_owner.html.j2", publisher=(extra.get("publisher") or "").strip(),
                      host=(extra.get("host") or "").strip(), repository=repository_links(extra))

    @env.macro
    def repository_link(kind, text):
        """A link to the project's repository ("address"), its issue form ("issues") or its LICENSE file
        ("license"), as HTML with the address escaped and rel="noopener noreferrer" as every link to another
        site (macros/html/external_links.py); the text alone when no repository is configured."""
        from markupsafe import Markup, escape
        address = repository_links(env.conf.extra).get(kind)
        return Markup('<a href="{}" rel="noopener noreferrer">{}</a>').format(address, text) if address else escape(text)

    @env.macro
    def downloads_section():
        """The offline copy and the PDF booklets with their sizes (the case studies' collections among
        them), when this build made them."""
        downloads = build().downloads
        return render("_downloads.html.j2", files=downloads.for_home(), collections=downloads.for_collections())

    @env.macro
    def counts():
        guide = build().guide
        return {"steps": len(guide.steps), "terms": len(guide.terms), "initiatives": len(guide.initiatives),
                "checklists": sum(1 for _ in guide.all_checklists())}


def _by_domain(tools: dict) -> list:
    """Decision trees or self-assessments in the order of their domains (those without one last)."""
    return sorted(tools.values(), key=lambda tool: (tool.domain is None, tool.domain.number if tool.domain else 0))


def repository_links(extra) -> dict:
    """The repository's address (mkdocs.yml: extra.repository), its issue form and its LICENSE file, in
    GitHub's form (the form « Signaler une erreur » of .github/ISSUE_TEMPLATE) or, for a GitLab
    repository, GitLab's ("/-/issues/new")."""
    address = (extra.get("repository") or "").strip().rstrip("/")
    if not address:
        return {}
    if "gitlab" in urlsplit(address).netloc:
        return {"address": address, "issues": f"{address}/-/issues/new", "license": f"{address}/-/blob/main/LICENSE"}
    return {"address": address, "issues": f"{address}/issues/new?template=signaler-une-erreur.yml",
            "license": f"{address}/blob/main/LICENSE"}
