"""A synthetic guide of any size, deterministic from a seed, on top of a copy of the real project.

The real content is kept (the hand-written pages, the decision tree, the self-assessment… link to it)
and synthetic records are added until the guide has N initiatives, M terms and S steps, with the sizes
of real records: a case study of 600–1,000 words, a definition of about 60 words, a step of about
1,500 words with 3 checklists of 8 items. The synthetic text uses the glossary terms, as real text does.

    python -m benchmarks.corpus DEST --initiatives 500 [--terms 125] [--steps 24] [--seed 1]
    python -m benchmarks.corpus DEST --initiatives 500 --real    # copies of the real case studies
"""
import argparse
import compileall
import itertools
import random
import re
import shutil
import sys
import unicodedata
from pathlib import Path

import yaml

from . import words

ROOT = Path(__file__).resolve().parent.parent
ENGINE = ("mkdocs.yml", "macros", "schemas", "docs")
STEPS_PER_DOMAIN = 6


def slugify(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def fold(text: str) -> str:
    return " ".join(text.replace("’", "'").lower().split())


def record_folders():
    """Top folders of every kind of record the engine knows, registered kinds included."""
    sys.path.insert(0, str(ROOT))
    from macros.kinds import KINDS
    return sorted({kind.files.split("/")[0] for kind in KINDS})


def copy_project(destination: Path, macros: Path = None) -> Path:
    """The project's engine, pages and content; `macros` replaces macros/ (to measure another version)."""
    destination.mkdir(parents=True, exist_ok=True)
    for name in [*ENGINE, *record_folders()]:
        source = macros if name == "macros" and macros else ROOT / name
        if source.is_dir():
            shutil.copytree(source, destination / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.is_file():
            shutil.copy(source, destination / name)
    # Compiled once, as pip compiles the libraries it installs (MkDocs, Material): otherwise, where
    # PYTHONDONTWRITEBYTECODE is set (it is on the machines of this project), every measured build would
    # compile the engine's modules again, about 0.15 s that no user's second build pays.
    compileall.compile_dir(destination / "macros", quiet=1)
    return destination


class Writer:
    """Sentences, paragraphs and records drawn from one random generator, so one seed gives one corpus."""

    def __init__(self, seed: int, term_forms):
        self.rng = random.Random(seed)
        self.term_forms = term_forms          # slug -> list of forms that the matcher recognises

    def sentence(self, term=None):
        rng = self.rng
        if term is not None:
            text = rng.choice(words.TERM_FRAMES).format(term=rng.choice(self.term_forms[term]))
        else:
            text = f"{rng.choice(words.SUBJECTS)} {rng.choice(words.VERBS)} {rng.choice(words.OBJECTS)}"
        text += " " + rng.choice(words.COMPLEMENTS)
        if rng.random() < 0.3:
            text += ", puis " + rng.choice(words.VERBS) + " " + rng.choice(words.OBJECTS)
        if rng.random() < 0.08:
            text = text.replace(" ", " **", 1) + "**"
        return text + "."

    def paragraph(self, count_words, terms=()):
        """About count_words words; each of the given terms is used once."""
        pending = list(terms)
        sentences, total = [], 0
        while total < count_words or pending:
            term = pending.pop() if pending and self.rng.random() < 0.5 else None
            sentence = self.sentence(term)
            sentences.append(sentence)
            total += len(sentence.split())
        if self.rng.random() < 0.15:
            sentences.append(f"Voir aussi [le compte rendu](https://exemple.org/compte-rendu/{self.rng.randrange(10**6)}).")
        return " ".join(sentences)

    def text(self, count_words, paragraphs, terms=()):
        terms = list(terms)
        chunks = [terms[i::paragraphs] for i in range(paragraphs)]
        return "\n\n".join(self.paragraph(count_words // paragraphs, chunk) for chunk in chunks)

    def pick_terms(self, low, high):
        return self.rng.sample(sorted(self.term_forms), min(len(self.term_forms), self.rng.randint(low, high)))

    def source(self, title):
        return {"url": f"https://exemple.org/sources/{self.rng.randrange(10**8)}", "title": title,
                "publisher": self.rng.choice(["Observatoire des territoires", "Agence de presse locale",
                                              "Rapport d'activité", "Site de la ville"]),
                "consulted": f"2026-{self.rng.randint(1, 11):02d}-{self.rng.randint(1, 28):02d}"}


def plural(phrase: str) -> str:
    head, _, rest = phrase.partition(" ")
    if head.endswith(("s", "x")):
        pass
    elif head.endswith(("eau", "au")):
        head += "x"
    elif head.endswith("al"):
        head = head[:-2] + "aux"
    else:
        head += "s"
    return f"{head} {rest}".strip()


def synthetic_terms(count, taken):
    """(slug, term, variants) for new terms whose forms no existing term claims."""
    made = []
    for noun, qualifier in itertools.product(words.TERM_NOUNS, words.TERM_QUALIFIERS):
        if len(made) == count:
            break
        term = f"{noun} {qualifier}"
        forms = [term, f"{plural(noun)} {plural(qualifier) if qualifier[0] != 'd' else qualifier}"]
        forms = list(dict.fromkeys(forms))
        if any(fold(f) in taken for f in forms):
            continue
        taken.update(fold(f) for f in forms)
        made.append((slugify(term), term[0].upper() + term[1:], forms[1:]))
    for number in range(len(made), count):   # beyond the word lists: numbered, still distinct
        term = f"dispositif local numéro {number}"
        made.append((slugify(term), term.capitalize(), []))
    return made


def dump(path: Path, schema: str, data: dict):
    path.parent.mkdir(parents=True, exist_ok=True)
    body = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)
    path.write_text(f"# yaml-language-server: $schema={schema}\n{body}", encoding="utf-8")


class _Dumper(yaml.SafeDumper):
    pass


def _text(dumper, value):
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)


def make_corpus(destination: Path, initiatives: int, terms: int = None, steps: int = 24, seed: int = 1,
                macros: Path = None):
    """Copy the project to destination and top its content up to the given counts. Returns the counts."""
    destination = copy_project(Path(destination), macros)
    sys.path.insert(0, str(ROOT))
    from macros.kinds import load_guide
    real = load_guide(destination)
    terms = initiatives // 4 if terms is None else terms
    taken = {fold(form) for term in real.terms.values() for form in term.forms}
    new_terms = synthetic_terms(max(0, terms - len(real.terms)), taken)
    forms = {t.slug: [f.lower() for f in t.forms] for t in real.terms.values()}
    forms.update({slug: [term.lower(), *variants] for slug, term, variants in new_terms})
    writer = Writer(seed, forms)
    rng = writer.rng
    # A case study's devices are those the decision trees recommend (the checker requires it).
    devices = sorted({term.slug for tree in real.decision_trees.values()
                      for outcome in tree.outcomes.values() for term in outcome.devices})

    for slug, term, variants in new_terms:
        data = {"term": term}
        if variants:
            data["variants"] = variants
        data["definition"] = writer.paragraph(55, [])
        related = rng.sample([s for s, *_ in new_terms if s != slug], min(len(new_terms) - 1, rng.randint(0, 3)))
        if related:
            data["related"] = related
        data["sources"] = [writer.source(f"Fiche « {term} »")]
        dump(destination / "glossary" / f"{slug}.yml", "../schemas/term.schema.json", data)

    step_keys = list(real.steps)
    domain_number = max((d.number for d in real.domains), default=0)
    missing_steps = max(0, steps - len(step_keys))
    for index in range((missing_steps + STEPS_PER_DOMAIN - 1) // STEPS_PER_DOMAIN):
        title, theme = words.DOMAINS[index % len(words.DOMAINS)]
        domain_number += 1
        domain = slugify(title) if index < len(words.DOMAINS) else f"{slugify(title)}-{index}"
        dump(destination / "roadmap" / f"{domain}.yml", "../schemas/domain.schema.json", {
            "number": domain_number, "title": title,
            "summary": writer.paragraph(35),
            "intro": writer.text(180, 3, writer.pick_terms(2, 4))})
        for number in range(1, min(STEPS_PER_DOMAIN, missing_steps - index * STEPS_PER_DOMAIN) + 1):
            name = words.STEPS[(number - 1) % len(words.STEPS)]
            step_slug = slugify(name)
            dump(destination / "roadmap" / domain / f"{step_slug}.yml", "../../schemas/step.schema.json",
                 _step(writer, number, f"{name} : {theme}"))
            step_keys.append(f"{domain}/{step_slug}")

    places = list(itertools.product(range(len(words.PROGRAMS)), range(len(words.THEMES)), range(len(words.CITIES))))
    count = max(0, initiatives - len(real.initiatives))
    for number, (p, t, c) in enumerate(rng.sample(places, count)):
        city, country = words.CITIES[c]
        title = f"{words.PROGRAMS[p]} {words.THEMES[t]} de {city}"
        dump(destination / "initiatives" / f"{slugify(title)}.yml", "../schemas/initiative.schema.json",
             _initiative(writer, title, city, country, step_keys, devices))
    return {"initiatives": len(real.initiatives) + count, "terms": len(real.terms) + len(new_terms),
            "steps": len(real.steps) + missing_steps}


def make_real_corpus(destination: Path, initiatives: int, macros: Path = None):
    """Copy the project and add copies of its real case studies, in turn, until there are N of them.

    Real text is denser in glossary terms, devices and links than the synthetic one: a guide that grows
    with real case studies costs what this corpus costs. Each copy keeps its record as written (steps,
    devices, sources) under a new file name and a numbered title, so that the checker accepts it."""
    destination = copy_project(Path(destination), macros)
    originals = sorted((destination / "initiatives").glob("*.yml"))
    for number in range(max(0, initiatives - len(originals))):
        original = originals[number % len(originals)]
        copy = number // len(originals) + 1
        lines = original.read_text(encoding="utf-8").splitlines(keepends=True)
        at = next(i for i, line in enumerate(lines) if line.startswith("title:"))
        title = yaml.safe_load(lines[at])["title"]
        lines[at] = yaml.safe_dump({"title": f"{title} (copie {copy})"}, allow_unicode=True, width=1000)
        (destination / "initiatives" / f"{original.stem}-copie-{copy}.yml").write_text("".join(lines), encoding="utf-8")
    sys.path.insert(0, str(ROOT))
    from macros.kinds import load_guide
    guide = load_guide(destination)
    return {"initiatives": len(guide.initiatives), "terms": len(guide.terms), "steps": len(guide.steps)}


def _step(writer, number, title):
    rng = writer.rng
    used = writer.pick_terms(10, 16)
    sections = []
    for index, section_title in enumerate(rng.sample(words.SECTION_TITLES, 5)):
        body = writer.text(180, 2, used[index::5])
        if index == 2:
            body += "\n\n" + "\n".join(f"- {writer.sentence()}" for _ in range(4))
        sections.append({"title": section_title, "body": body})
    checklists = []
    for index, list_title in enumerate(["Avant de commencer", "Pendant la mise en œuvre", "Pour la suite"]):
        items = [{"id": f"question-{n}", "text": rng.choice(words.QUESTIONS).format(object=rng.choice(words.OBJECTS))}
                 for n in range(1, 9)]
        checklists.append({"id": slugify(list_title), "title": list_title,
                           "intro": writer.sentence(), "items": items})
    return {
        "number": number, "title": title, "objective": writer.paragraph(40),
        # Written without the random generator: the rest of the corpus stays what it was before summaries.
        "summary": {"duration": f"{number} à {number + 2} mois", "who": ["le service concerné", "les élus"],
                    "produces": f"Le livrable de l'étape {number}.",
                    "needs": f"Le livrable de l'étape {number - 1}." if number > 1 else "Un mandat des élus."},
        "sections": sections,
        "checklists": checklists,
        "idea_box": {"title": "Boîte à idées", "items": [writer.sentence() for _ in range(4)]},
        "key_points": [writer.paragraph(22) for _ in range(4)],
    }


def _initiative(writer, title, city, country, step_keys, devices):
    rng = writer.rng
    total = rng.randint(600, 1000)
    start = rng.randint(2008, 2024)
    years = {"start": start}
    if rng.random() < 0.6:
        years["end"] = start + rng.randint(0, 4)
    organisations = [o.format(city=city) for o in rng.sample(words.ORGANISATIONS, rng.randint(2, 6))]
    used = writer.pick_terms(4, 8)
    data = {"title": title, "subtitle": f"Une initiative {rng.choice(words.THEMES)}", "city": city,
            "country": country, "years": years, "lead": organisations[:1], "partners": organisations[1:],
            "lede": writer.sentence(), "body": writer.text(int(total * 0.62), rng.randint(3, 5), used)}
    if rng.random() < 0.7:
        data["results"] = writer.text(int(total * 0.15), 1)
    data["key_points"] = [writer.paragraph(int(total * 0.04)) for _ in range(rng.randint(3, 4))]
    data["steps"] = rng.sample(step_keys, rng.randint(1, 3))
    data["devices"] = rng.sample(devices, rng.randint(1, 3)) if devices else used[:rng.randint(1, 3)]
    data["terms"] = used[3:5]
    data["tags"] = rng.sample(words.TAGS, rng.randint(2, 4))
    data["sources"] = [writer.source(f"{title} : article {n}") for n in range(1, rng.randint(2, 4) + 1)]
    return data


def main(argv=None):
    parser = argparse.ArgumentParser(description="Écrit un guide synthétique (copie du projet + fiches générées).")
    parser.add_argument("destination", type=Path)
    parser.add_argument("--initiatives", type=int, default=100)
    parser.add_argument("--terms", type=int)
    parser.add_argument("--steps", type=int, default=24)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--real", action="store_true", help="copies des études de cas réelles, sans texte synthétique")
    args = parser.parse_args(argv)
    if args.destination.exists():
        parser.error(f"{args.destination} existe déjà")
    if args.real:
        counts = make_real_corpus(args.destination, args.initiatives)
    else:
        counts = make_corpus(args.destination, args.initiatives, args.terms, args.steps, args.seed)
    print(f"{args.destination} : {counts['initiatives']} initiatives, {counts['terms']} termes, "
          f"{counts['steps']} étapes")


if __name__ == "__main__":
    main()
