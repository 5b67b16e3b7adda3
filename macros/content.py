"""Finds the record files, reads and checks them all, and builds the guide's model.

Every problem of every file is collected before anything is refused, so that a contributor sees the
whole list at once.
"""
import functools
from pathlib import Path, PurePosixPath
import re

from . import markdown_check, schemas, yamlload
from .matcher import fold
from .model import (Checklist, Domain, Figure, Guide, IdeaBox, Initiative, Item, Section, Source,
                    Step, Term)
from .problems import ContentError, Problem

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
# A record's page sits at an address made of its name: these names would land on another page's address
# (initiatives/index.yml on the index; a step named index on its domain's page; a domain or a
# self-assessment named like a page or a folder of the site). Names of docs/ are added (see reserved).
SITE_NAMES = {"index", "initiatives", "glossaire", "checklists", "questions-cles", "boites-a-idees",
              "arbre-de-decision", "autodiagnostic", "introduction", "a-propos", "telechargements", "assets",
              "search", "overrides", "404", "sitemap", "javascripts", "stylesheets", "images", "en"}
RESERVED = {
    "initiative": {"index"},
    "term": {"index"},
    "step": {"index"},
    "decision-tree": {"index"},
    "domain": SITE_NAMES,
    "assessment": SITE_NAMES - {"autodiagnostic"},
}


@functools.lru_cache(maxsize=None)
def _docs_names(root: Path) -> frozenset:
    """The hand-written pages and folders of docs/ (a-propos.md, assets/…): their addresses are taken."""
    docs = root / "docs"
    return frozenset(path.stem if path.suffix == ".md" else path.name
                     for path in (docs.iterdir() if docs.is_dir() else ()) if not path.name.startswith("."))


TOP_LEVEL_KINDS = {"domain", "assessment"}     # their page is /<name>/, beside the hand-written pages


def reserved(kind: str, root: Path) -> set:
    names = RESERVED.get(kind, set())
    return names | _docs_names(root) if kind in TOP_LEVEL_KINDS else names


KINDS = [  # (kind, glob under the root)
    ("term", "glossary/*"),
    ("initiative", "initiatives/*"),
    ("domain", "roadmap/*"),
    ("step", "roadmap/*/*"),
]
MARKDOWN_FIELDS = {
    "term": [("definition",)],
    "domain": [("intro",), ("summary",)],
    "initiative": [("body",), ("results",), ("key_points", "*")],
    "step": [("objective",), ("sections", "*", "body"), ("checklists", "*", "intro"),
             ("checklists", "*", "items", "*", "text"), ("idea_box", "intro"), ("idea_box", "items", "*"),
             ("figures", "*", "alt"), ("key_points", "*")],
}


# Other kinds of record (a decision tree, a self-assessment…) register here from their own module:
# kind -> (glob under the root, markdown field patterns, build(document, guide, report) -> record).
# `report(path, message)` adds a located problem; build() runs after the core records are linked.
EXTRA_KINDS = {}


def register_kind(kind, pattern, build, markdown_fields=()):
    EXTRA_KINDS[kind] = (pattern, build)
    MARKDOWN_FIELDS[kind] = list(markdown_fields)


def record_files(root: Path):
    """(kind, path) of every record file, YAML or not: a stray file is a problem, not a silence. A
    symbolic link is listed as it stands, never followed (see _read_record)."""
    kinds = KINDS + [(kind, pattern) for kind, (pattern, _build) in EXTRA_KINDS.items()]
    for kind, pattern in kinds:
        for path in _matching(root, pattern.split("/")):
            if (path.is_symlink() or path.is_file()) and not path.name.startswith("."):
                yield kind, path


def _matching(folder: Path, parts: list):
    """root.glob(pattern) for « name/* » patterns, without going through a link to a folder: a link in
    a pull request could list, or publish, what lies outside the repository."""
    head, rest = parts[0], parts[1:]
    found = sorted(folder.iterdir()) if head == "*" else [folder / head]
    for path in found:
        if not rest:
            yield path
        elif path.is_symlink():
            yield path          # refused where it stands, whatever it points to
        elif path.is_dir():
            yield from _matching(path, rest)


def load_guide(root, workers: int = 1, cache: "ReadCache" = None) -> Guide:
    """Load and check all the content under root; raise ContentError listing every problem.

    workers > 1 reads the files in that many processes: `make check` does, on a large guide (each file
    is read and checked on its own; only the links between records need them all). A cache keeps what
    was read of each file for the next call (`make serve`)."""
    root = Path(root)
    files = list(record_files(root))
    if cache is not None:
        read = cache.read(root, files)
    elif workers > 1 and len(files) >= PARALLEL_FROM:
        read = _read_in_processes(root, files, workers)
    else:
        read = [_read_record(root, kind, path) for kind, path in files]
    documents = [document for document, _problems in read if document is not None]
    problems = [problem for _document, found in read for problem in found]
    problems.extend(_same_address(documents, TOP_LEVEL_KINDS))
    # Records of broken files are left out of the model, but their names stay known so that a
    # reference to them is not reported a second time as a reference to nothing.
    valid = [d for d in documents if not d.problems and SLUG.match(d.slug)]
    # By identity: `d not in valid` compared whole documents field by field, files² times.
    kept = {id(d) for d in valid}
    broken = {_record_key(d) for d in documents if id(d) not in kept}
    builder = _Builder(root, valid, broken)
    guide = builder.build()
    problems.extend(builder.problems)
    if problems:
        raise ContentError(problems)
    return guide


def _same_address(documents, kinds):
    """A domain and a self-assessment of the same name would both be the page /<name>/."""
    first = {}
    for document in documents:
        if document.kind in kinds:
            other = first.setdefault(document.slug, document)
            if other is not document and other.kind != document.kind:
                yield Problem(document.path, 1, 1, f"nom de fichier déjà pris par « {other.path} » : les deux "
                              f"pages auraient la même adresse /{document.slug}/ ; renommez l'un des deux fichiers")


PARALLEL_FROM = 400      # files: below, starting the processes costs more than it saves


def _read_record(root, kind, path):
    """(document or None, problems) of one record file, read and checked on its own."""
    label = path.relative_to(root).as_posix()
    if path.is_symlink():
        return None, [Problem(label, 1, 1, "lien symbolique refusé : le guide ne lit que des fichiers ordinaires "
                                          "du dépôt ; remplacez le lien par le fichier lui-même")]
    if path.suffix != ".yml":
        return None, [Problem(label, 1, 1, "seuls les fichiers « .yml » sont lus ici : "
                                          f"renommez-le en « {path.stem}.yml » ou retirez-le")]
    problems = []
    document = yamlload.load(label, path.read_bytes())
    document.kind = kind
    document.slug = path.stem
    if not SLUG.match(path.stem):
        odd = "" if suggest_slug(path.stem) else schemas.unusual_characters(path.stem)
        problems.append(Problem(label, 1, 1,
            f"nom de fichier invalide « {path.name} »{f' (caractère non autorisé : {odd})' if odd else ''} : "
            "seulement des minuscules sans accents, des chiffres et des tirets, par exemple "
            f"« {suggest_slug(path.stem) or 'ma-ville-mon-projet'}.yml »"))
    elif path.stem in reserved(kind, root):
        problems.append(Problem(label, 1, 1,
            f"nom de fichier réservé « {path.name} » : le guide a déjà une page à cette adresse ; "
            f"choisissez un nom plus précis, par exemple « {path.stem}-{'ma-ville' if kind == 'initiative' else 'guide'}.yml »"))
    elif kind == "step" and not SLUG.match(path.parent.name):
        problems.append(Problem(label, 1, 1, f"nom de dossier invalide « {path.parent.name} »"))
    if document.data is not None:
        schemas.check(document, kind)
        schemas.check_dates(document, kind)
        if not document.problems:
            _check_markdown(document, kind)
    return document, problems + document.problems


def _read_chunk(root, files):
    return [_read_record(root, kind, path) for kind, path in files]


def _read_in_processes(root, files, workers):
    """The same as reading the files in turn, in the same order, by forked processes."""
    import concurrent.futures
    import multiprocessing
    chunks = [files[start:start + 100] for start in range(0, len(files), 100)]
    with concurrent.futures.ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        return [read for chunk in pool.map(_read_chunk, [root] * len(chunks), chunks) for read in chunk]


class ReadCache:
    """What was read of each file, kept between the rebuilds of `make serve`: after an edit, only the
    edited file is read and checked again (reading them all took a quarter of a second per hundred case
    studies). A file counts as edited when its date or size changed; every file, when a schema did."""

    def __init__(self):
        self.entries = {}
        self.schemas = None
        # Files read again by the last call (their labels, e.g. "initiatives/x.yml"); None when every
        # file was (the first call, a schema edited, a file added or removed).
        self.edited = None

    def read(self, root, files):
        stamps = {path.name: _stamp(path) for path in schemas.SCHEMA_DIR.glob("*.json")}
        if stamps != self.schemas:
            self.entries.clear()
            self.schemas = stamps
        same_files = set(self.entries) == set(files)
        kept, edited = {}, set()
        for kind, path in files:
            key, stamp = (kind, path), _stamp(path)
            entry = self.entries.get(key)
            if entry is None or entry[0] != stamp:
                entry = (stamp, _read_record(root, kind, path))
                edited.add(path.relative_to(root).as_posix())
            kept[key] = entry
        self.entries = kept
        self.edited = edited if same_files else None
        return [entry[1] for entry in kept.values()]


def _stamp(path):
    status = path.lstat()
    return status.st_mtime_ns, status.st_size


def _record_key(document):
    if document.kind == "step":
        return ("step", f"{Path(document.path).parent.name}/{document.slug}")
    return (document.kind, document.slug)


def _walk(data, pattern, path=()):
    if not pattern:
        yield path, data
        return
    head, rest = pattern[0], pattern[1:]
    if head == "*":
        for index, item in enumerate(data if isinstance(data, list) else []):
            yield from _walk(item, rest, path + (index,))
    elif isinstance(data, dict) and head in data:
        yield from _walk(data[head], rest, path + (head,))


def _check_markdown(document, kind):
    for pattern in MARKDOWN_FIELDS[kind]:
        for path, text in _walk(document.data, pattern):
            if isinstance(text, str):
                for offset, message in markdown_check.problems(text):
                    document.problem_in_text(path, offset, message)


def _sources(items):
    return [Source(s["url"], s["title"], s["consulted"], s.get("publisher")) for s in items or []]


class _Builder:
    """Turns checked documents into records, then resolves and checks the links between them."""

    def __init__(self, root, documents, broken=frozenset()):
        self.root = root
        self.documents = documents
        self.broken = set(broken)
        self.problems = []

    def problem(self, document, path, message, key=False):
        line, col = document.where(path, key)
        self.problems.append(Problem(document.path, line, col, message))

    def build(self) -> Guide:
        by_kind = {}
        for document in self.documents:
            by_kind.setdefault(document.kind, []).append(document)
        terms = {d.slug: self.term(d) for d in by_kind.get("term", [])}
        domains = {d.slug: self.domain(d) for d in by_kind.get("domain", [])}
        steps = {}
        for document in by_kind.get("step", []):
            domain_slug = Path(document.path).parent.name
            domain = domains.get(domain_slug)
            if domain is None:
                # Already reported: a reference to this step is not reported a second time.
                self.broken.add(("step", f"{domain_slug}/{document.slug}"))
            if domain is None and ("domain", domain_slug) in self.broken:
                continue
            if domain is None:
                self.problem(document, (), f"le dossier « roadmap/{domain_slug}/ » n'a pas de fichier de domaine "
                                           f"« roadmap/{domain_slug}.yml »")
                continue
            step = self.step(document, domain)
            steps[step.key] = step
        for domain in domains.values():
            domain.steps.sort(key=lambda s: s.number)
            self.unique_numbers(domain.steps, lambda s: s.number, "étape", f"le domaine « {domain.slug} »")
        self.unique_numbers(list(domains.values()), lambda d: d.number, "domaine", "le guide")
        initiatives = [self.initiative(d, steps, terms) for d in by_kind.get("initiative", [])]
        for document in by_kind.get("term", []):
            self.link_terms(document, terms[document.slug], terms, "related")
        self.check_term_forms(by_kind.get("term", []), terms)
        initiatives.sort(key=lambda i: i.title.lower())
        for initiative in initiatives:
            for step in initiative.steps:
                step.initiatives.append(initiative)
        guide = Guide(domains=sorted(domains.values(), key=lambda d: d.number), steps=steps,
                      initiatives=initiatives, terms=dict(sorted(terms.items(), key=lambda kv: kv[1].term.lower())))
        for kind, (_pattern, build) in EXTRA_KINDS.items():
            for document in by_kind.get(kind, []):
                report = (lambda doc: lambda path, message: self.report_extra(doc, path, message))(document)
                record = build(document, guide, report)
                if record is not None:
                    guide.extras.setdefault(kind, {})[document.slug] = record
        self.check_devices_recommended(by_kind.get("initiative", []), guide)
        return guide

    def check_devices_recommended(self, documents, guide):
        """A case study is cited by the decision trees through its devices: one that no outcome
        recommends would never be cited there, which its contributor would not expect."""
        trees = guide.extras.get("decision-tree", {})
        if not trees or any(kind == "decision-tree" for kind, _slug in self.broken) or any(
                problem.path.startswith("decisions/") for problem in self.problems):
            return      # a broken tree's outcomes are unknown: its own problems come first
        recommended = {term.slug for tree in trees.values() for outcome in tree.outcomes.values()
                       for term in outcome.devices}
        for document in documents:
            for index, slug in enumerate(document.data.get("devices") or []):
                if isinstance(slug, str) and slug in guide.terms and slug not in recommended:
                    self.problem(document, ("devices", index),
                                 f"ce dispositif ne mène à aucune recommandation : aucun résultat des arbres de "
                                 f"décision (decisions/) ne propose « {slug} », si bien que cette étude de cas n'y "
                                 "serait jamais citée ; choisissez un dispositif qu'ils recommandent, ou ajoutez-le "
                                 "à une recommandation")

    def report_extra(self, document, path, message):
        """A reference to a record whose own file is broken was reported with that file: not again here."""
        value = document.data
        for part in path:
            try:
                value = value[part]
            except (KeyError, IndexError, TypeError):
                value = None
                break
        if isinstance(value, str) and (("step", value) in self.broken or ("term", value) in self.broken):
            return
        self.problem(document, path, message)

    def unique_numbers(self, records, number, what, where):
        seen = {}
        for record in records:
            n = number(record)
            if n in seen:
                document = self._document(record.path)
                self.problem(document, ("number",),
                             f"numéro {n} déjà pris par « {seen[n].path} » dans {where} : chaque {what} a son numéro")
            else:
                seen[n] = record

    def _document(self, path):
        return next(d for d in self.documents if d.path == path)

    def term(self, document):
        data = document.data
        return Term(slug=document.slug, path=document.path, term=data["term"], definition=data["definition"],
                    aliases=list(data.get("aliases", [])), related=list(data.get("related", [])),
                    sources=_sources(data.get("sources")))

    def domain(self, document):
        data = document.data
        return Domain(slug=document.slug, path=document.path, number=data["number"], title=data["title"],
                      summary=data["summary"], intro=data["intro"])

    def step(self, document, domain):
        data = document.data
        figures = {}
        for index, raw in enumerate(data.get("figures", [])):
            if raw["id"] in figures:
                self.problem(document, ("figures", index, "id"), f"identifiant de figure « {raw['id']} » en double")
            figures[raw["id"]] = Figure(raw["id"], raw["file"], raw["alt"], raw["caption"], raw["source"])
            self.check_image(document, ("figures", index, "file"), raw["file"])
        sections = []
        for index, raw in enumerate(data["sections"]):
            figure = None
            if "figure" in raw:
                figure = figures.get(raw["figure"])
                if figure is None:
                    known = (f"figures de l'étape : {', '.join(figures)}" if figures else
                             "l'étape n'a aucune figure ; décrivez-la sous « figures » (id, file, alt, caption, source)")
                    self.problem(document, ("sections", index, "figure"),
                                 f"figure « {raw['figure']} » inconnue : {known}")
            sections.append(Section(raw["title"], raw["body"], figure))
        step = Step(slug=document.slug, path=document.path, domain=domain, number=data["number"],
                    title=data["title"], objective=data["objective"], sections=sections, checklists=[],
                    key_points=list(data["key_points"]), figures=list(figures.values()))
        seen_lists = set()
        for index, raw in enumerate(data["checklists"]):
            if raw["id"] in seen_lists:
                self.problem(document, ("checklists", index, "id"),
                             f"identifiant de liste « {raw['id']} » en double dans l'étape : chaque liste a le sien")
            seen_lists.add(raw["id"])
            items, seen_items = [], set()
            for position, item in enumerate(raw["items"]):
                if item["id"] in seen_items:
                    self.problem(document, ("checklists", index, "items", position, "id"),
                                 f"identifiant de question « {item['id']} » en double dans la liste « {raw['id']} »")
                seen_items.add(item["id"])
                items.append(Item(item["id"], item["text"]))
            step.checklists.append(Checklist(raw["id"], raw["title"], items, raw.get("intro"), step))
        if "idea_box" in data:
            box = data["idea_box"]
            step.idea_box = IdeaBox(box["title"], list(box["items"]), box.get("intro"))
        domain.steps.append(step)
        return step

    def check_image(self, document, path, file):
        docs = (self.root / "docs").resolve()
        target = (docs / file).resolve()
        if docs not in target.parents:
            self.problem(document, path, f"image « {file} » hors du dossier docs/ : placez-la sous docs/assets/")
        elif not target.is_file():
            self.problem(document, path, f"image introuvable : « docs/{file} » n'existe pas")

    def initiative(self, document, steps, terms):
        data = document.data
        years = data["years"]
        if years.get("end") is not None and years["end"] < years["start"]:
            self.problem(document, ("years", "end"),
                         f"année de fin {years['end']} antérieure à l'année de début {years['start']}")
        found_steps = []
        for index, key in enumerate(data["steps"]):
            if key in steps:
                found_steps.append(steps[key])
            elif ("step", key) not in self.broken:
                self.problem(document, ("steps", index), _unknown("étape", key, steps, "roadmap"))
        initiative = Initiative(
            slug=document.slug, path=document.path, title=data["title"], subtitle=data.get("subtitle"),
            city=data["city"], country=data["country"], year_start=years["start"], year_end=years.get("end"),
            lead=list(data["lead"]), partners=list(data.get("partners", [])), lede=data["lede"],
            body=data["body"], results=data.get("results"), key_points=list(data["key_points"]),
            steps=found_steps, tags=list(data.get("tags", [])), sources=_sources(data["sources"]))
        for field in ("devices", "terms"):
            setattr(initiative, field, self.resolve_terms(document, data, field, terms))
        return initiative

    def resolve_terms(self, document, data, field, terms):
        found = []
        for index, slug in enumerate(data.get(field, [])):
            if slug in terms:
                found.append(terms[slug])
            elif ("term", slug) not in self.broken:
                self.problem(document, (field, index), _unknown("terme du glossaire", slug, terms, "glossary"))
        return found

    def link_terms(self, document, term, terms, field):
        related = []
        for index, slug in enumerate(term.related):
            if slug == term.slug:
                self.problem(document, (field, index), "un terme ne peut pas renvoyer à lui-même")
            elif slug in terms:
                related.append(terms[slug])
            elif ("term", slug) not in self.broken:
                self.problem(document, (field, index), _unknown("terme du glossaire", slug, terms, "glossary"))
        term.related = related

    def check_term_forms(self, documents, terms):
        """Two terms must not claim the same word, or the text could not say which one it means."""
        owner = {}
        for document in documents:
            term = terms[document.slug]
            for index, form in enumerate(term.forms):
                key = fold(form)   # as the pages' glossary matcher reads it
                path = ("term",) if index == 0 else ("aliases", index - 1)
                if index and (why := _too_common(form)):
                    self.problem(document, path, f"forme « {form} » refusée : {why} ; le premier « {form} » de "
                                                 "chaque page deviendrait un lien vers ce terme. Retirez-la")
                    continue
                if key in owner and owner[key] != term.slug:
                    self.problem(document, path, f"la forme « {form} » appartient déjà au terme « {owner[key]} »")
                owner.setdefault(key, term.slug)


# Words of every French page: as a glossary form, each would link its first occurrence on every page.
STOP_WORDS = set("""a à au aux avec ce ces cet cette dans de des du elle en et est il ils je la le les leur
leurs lui ma mais me mes moi mon ne ni nos notre nous on ou où par pas pour qu que qui sa se ses si son
sont sous sur ta te tes toi ton tu un une vos votre vous y été être avoir fait plus tout tous toute
toutes comme aussi bien peu très entre chez ainsi donc car dont quand""".split())


def _too_common(form: str) -> str:
    """Why a glossary form would match everywhere ("" when it would not)."""
    words = form.strip()
    if not any(c.isalnum() for c in words):
        return "elle ne contient ni lettre ni chiffre"
    if fold(words) in STOP_WORDS:
        return "c'est un mot courant du français"
    if len(words) < 3 and not (words.isupper() and words.isalpha()):
        return "moins de trois caractères (seul un sigle en capitales, comme « IA », est accepté)"
    return ""


def suggest_slug(text: str) -> str:
    """The slug a name was probably meant to be: « Saint-Étienne Lab » -> « saint-etienne-lab »."""
    import unicodedata
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()
    if not plain.isascii():
        return ""   # a letter from another alphabet: guessing its Latin twin could name the wrong file
    return "-".join("".join(c if c.isalnum() else " " for c in plain).split())


def _unknown(what, value, known, folder=None):
    """With folder ("glossary"), a value close to none says which file it would name."""
    import difflib
    close = difflib.get_close_matches(value, list(known), n=1, cutoff=0.6)
    hint = f" : vouliez-vous dire « {close[0]} » ?" if close else ""
    if not close and folder:
        hint = (f" : le fichier {folder}/{value}.yml n'existe pas ; nommez un fichier existant de {folder}/ "
                "(sans « .yml »)")
    return f"{what} inconnu{'e' if what == 'étape' else ''} « {value} »{hint}"
