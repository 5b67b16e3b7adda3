"""Which pages the guide has, and their Markdown, rendered from the model through template files."""
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import jinja2

from . import links, text
from .matcher import TermMatcher

TEMPLATES = Path(__file__).resolve().parent / "templates"
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]


@dataclass
class GeneratedPage:
    src_uri: str          # where the page sits among the docs, e.g. "initiatives/x.md"
    title: str
    content: str          # Markdown handed to the site engine
    edit_path: str        # the YAML file a reader would edit to change this page


def date_fr(value: str) -> str:
    day = date.fromisoformat(str(value))
    return f"{day.day}{'er' if day.day == 1 else ''} {MONTHS[day.month - 1]} {day.year}"


def _environment():
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                             undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    env.filters.update(md=text.inline_markdown, rich=text.rich, rich_inline=text.rich_inline,
                       date_fr=date_fr)
    return env


ENV = _environment()


def render(template: str, src_uri: str, **context) -> str:
    return ENV.get_template(template).render(href=lambda to, anchor="": links.href(src_uri, to, anchor),
                                             page_src=src_uri, **context)


def step_text(step):
    parts = [step.title, step.objective, *(s.body for s in step.sections), *step.key_points]
    parts += [item.text for c in step.checklists for item in c.items]
    if step.idea_box:
        parts += step.idea_box.items
    return "\n".join(parts)


def initiative_text(initiative):
    return "\n".join([initiative.lede, initiative.body, initiative.results or "", *initiative.key_points])


# Modules that add pages (checklists booklet, decision tree…) register a function here:
# guide -> list of GeneratedPage, called after the core pages.
EXTRA_PAGES = []


def generated_pages(guide):
    """Every page made from the YAML records, in reading order."""
    pages = []
    for domain in guide.domains:
        pages.append(GeneratedPage(domain.src_uri, domain.title,
                                   render("domain.md.j2", domain.src_uri, domain=domain, description=domain.summary),
                                   domain.path))
        for step in domain.steps:
            pages.append(GeneratedPage(step.src_uri, step.title,
                                       render("step.md.j2", step.src_uri, step=step, description=step.objective),
                                       step.path))
    index = "initiatives/index.md"
    pages.append(GeneratedPage(index, "Initiatives",
                               render("initiatives_index.md.j2", index, guide=guide,
                                      description="Études de cas de collectivités et de leurs partenaires."),
                               "initiatives/"))
    for initiative in guide.initiatives:
        pages.append(GeneratedPage(initiative.src_uri, initiative.title,
                                   render("initiative.md.j2", initiative.src_uri, initiative=initiative,
                                          description=initiative.lede),
                                   initiative.path))
    record_term_usage(guide)
    pages.append(GeneratedPage("glossaire.md", "Glossaire",
                               render("glossary.md.j2", "glossaire.md", guide=guide,
                                      description="Les termes du guide expliqués simplement."),
                               "glossary/"))
    for provider in EXTRA_PAGES:
        pages.extend(provider(guide))
    return pages


def record_term_usage(guide):
    """For each term, the pages whose text uses it (the glossary's back-links)."""
    matcher = TermMatcher(guide.terms.values())
    for term in guide.terms.values():
        term.used_by = []
    sources = [(step, step_text(step)) for step in guide.steps.values()]
    sources += [(initiative, initiative_text(initiative)) for initiative in guide.initiatives]
    for record, body in sources:
        used = matcher.slugs_in(body)
        if hasattr(record, "devices"):
            used |= {t.slug for t in record.devices + record.terms}
        for slug in sorted(used):
            guide.terms[slug].used_by.append(record)
