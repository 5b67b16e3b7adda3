"""Glossary terms (glossary/<slug>.yml): a definition, the other forms the text may use (synonyms, shown on
the term's page; variants, only matched), related terms."""
from typing import TYPE_CHECKING
from dataclasses import dataclass, field

from macros import addresses
from macros.model.matcher import fold
from macros.model.references import Checks
from macros.model.source import Source, sources
from macros.reading.yamlload import Document

if TYPE_CHECKING:
    from macros.model.guide import Guide


@dataclass
class Term:
    slug: str
    path: str
    term: str
    definition: str
    synonyms: list[str] = field(default_factory=list)    # other names of the same thing, shown
    variants: list[str] = field(default_factory=list)    # plurals, other spellings, misspellings: matched only
    related: list["Term"] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)

    @property
    def forms(self) -> list[str]:
        """Every form the glossary linker matches in the text."""
        return [self.term, *self.synonyms, *self.variants]

    @property
    def aliases(self) -> list[str]:
        """The other names a reader is shown (the synonyms): kept for templates written before the split."""
        return self.synonyms

    @property
    def src_uri(self) -> str:
        return addresses.term(self.slug)


def build(documents: list[Document], guide: "Guide", checks: Checks) -> None:
    terms = {d.slug: _term(d) for d in documents}
    for document in documents:
        _link_related(document, terms[document.slug], terms, checks)
    _check_forms(documents, terms, checks, guide.language)
    guide.terms = dict(sorted(terms.items(), key=lambda kv: kv[1].term.lower()))


def _term(document: Document) -> Term:
    data = document.data
    return Term(slug=document.slug, path=document.path, term=data["term"], definition=data["definition"],
                synonyms=list(data.get("synonyms", [])), variants=list(data.get("variants", [])), related=list(data.get("related", [])),
                sources=sources(data.get("sources")))


def _link_related(document: Document, term: Term, terms: dict, checks: Checks) -> None:
    related = []
    for index, slug in enumerate(term.related):
        if slug == term.slug:
            checks.report(document, ("related", index), "un terme ne peut pas renvoyer à lui-même")
            continue
        found = checks.resolve(document, ("related", index), slug, terms, "term", "terme du glossaire", "glossary")
        if found is not None:
            related.append(found)
    term.related = related


# How a message names a form of each field: (the form, its agreement, « retirez-le/la »).
FORM_NAMES = {"term": ("le titre", "", "le"), "synonyms": ("le synonyme", "", "le"),
              "variants": ("la variante", "e", "la")}


def _check_forms(documents: list[Document], terms: dict, checks: Checks, language: str = "fr") -> None:
    """Two terms must not claim the same word, or the text could not say which one it means."""
    owner = {}
    for document in documents:
        term = terms[document.slug]
        located = [(("term",), term.term)] + [((name, index), form) for name in ("synonyms", "variants")
                                               for index, form in enumerate(getattr(term, name))]
        for path, form in located:
            key = fold(form)   # as the pages' glossary matcher reads it
            what, agreement, pronoun = FORM_NAMES[path[0]]
            named = f"{what} « {form} »" + (f" (champ « {path[0]} »)" if len(path) > 1 else "")
            if len(path) > 1 and (why := too_common(form, language)):
                checks.report(document, path, f"{named} refusé{agreement} : {why} ; le premier « {form} » de "
                                              f"chaque page deviendrait un lien vers ce terme. Retirez-{pronoun}")
                continue
            if key in owner and owner[key] != term.slug:
                checks.report(document, path, f"{named} appartient déjà au terme « {owner[key]} » : "
                                              "une forme ne peut mener qu'à un terme")
            owner.setdefault(key, term.slug)


# Words of every page of an edition: as a glossary form, each would link its first occurrence on every page.
# The English edition's synonyms and variants are its own (reading.translations.FREE_LISTS), hence its list.
STOP_WORDS = {
    "fr": set("""a à au aux avec ce ces cet cette dans de des du elle en et est il ils je la le les leur
leurs lui ma mais me mes moi mon ne ni nos notre nous on ou où par pas pour qu que qui sa se ses si son
sont sous sur ta te tes toi ton tu un une vos votre vous y été être avoir fait plus tout tous toute
toutes comme aussi bien peu très entre chez ainsi donc car dont quand""".split()),
    "en": set("""a an the and or but nor so yet of to in on at by for from with into onto over under about
as is are was were be been being am do does did done have has had not no it its it's this that these
those there here they them their theirs he him his she her hers we us our ours you your yours i me my
mine who whom whose which what when where why how if then than also very more most much many some any
all each every both either neither can could may might must shall should will would just only such
own same other out up down off via per""".split()),
}
LANGUAGE_NAMES = {"fr": "du français", "en": "de l'anglais"}


def too_common(form: str, language: str = "fr") -> str:
    """Why a glossary form would match everywhere in pages of this language ("" when it would not)."""
    words = form.strip()
    if not any(c.isalnum() for c in words):
        return "elle ne contient ni lettre ni chiffre"
    if fold(words) in STOP_WORDS[language]:
        return f"c'est un mot courant {LANGUAGE_NAMES[language]}"
    if len(words) < 3 and not (words.isupper() and words.isalpha()):
        return "moins de trois caractères (seul un sigle en capitales, comme « IA », est accepté)"
    return ""
