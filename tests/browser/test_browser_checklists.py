"""Checklists that remember, print one checklist, the /checklists/ booklet, share and print on every page,
and a site that loads without any uncaught error when the browser blocks storage — in a real Chromium."""
import functools
import http.server
import json
import threading
from datetime import date
from urllib.parse import quote, urlsplit

import pytest
import yaml
from playwright.sync_api import expect

from conftest import ROOT, copy_project, mkdocs_build, questions
from site_html import french_date

KEY = "guide-numerique:checklists:v1"
DOMAIN = "developpement-economique"
STEP = f"{DOMAIN}/feuille-de-route"          # step 5, two checklists
NEXT_STEP = f"{DOMAIN}/evaluation-suivi"     # step 6, reached by the « next step » link of step 5
NOTICE = ("Ce navigateur ne permet pas de conserver vos cases cochées et vos notes (stockage bloqué, plein ou "
          "illisible). Vous pouvez continuer\u202f: elles seront perdues en fermant ou en rechargeant la page. "
          "Pour les garder, utilisez «\u202fEnregistrer (fichier)\u202f».")
BLOCK_STORAGE = """for (const name of ["localStorage", "sessionStorage"]) {
  Object.defineProperty(window, name, {configurable: true,
    get() { throw new DOMException("The operation is insecure.", "SecurityError"); }});
}"""
STORAGE_FULL = """Storage.prototype.setItem = function () {
  throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
};"""


def step_yaml(step):
    return yaml.safe_load((ROOT / f"roadmap/{step}.yml").read_text(encoding="utf-8"))


def checklist(page, step, index=0):
    """The index-th checklist of a step page, once checklists.js has enhanced it."""
    ident = step_yaml(step)["checklists"][index]["id"]
    fieldset = page.locator(f"fieldset#liste-{ident}[data-gb-checklist-ready]")
    fieldset.wait_for()
    return fieldset


def box(fieldset, item_id):
    return fieldset.locator(f'input[data-item="{item_id}"]')


def stored(page):
    return page.evaluate("key => localStorage.getItem(key)", KEY)


def open_step(page, site_url, step=STEP):
    page.goto(f"{site_url}/{step}/")
    return checklist(page, step)


def item_ids(step, index=0):
    return [item["id"] for item in questions(step_yaml(step)["checklists"][index])]


def test_a_tick_survives_a_reload_and_the_progress_counts_it(page, site_url):
    ids = item_ids(STEP)
    fieldset = open_step(page, site_url)
    progress = fieldset.locator(".gb-checklist__progress")
    assert progress.inner_text() == f"Progression\u202f: 0 / {len(ids)}"
    assert progress.get_attribute("aria-live") == "polite"
    box(fieldset, ids[0]).check()
    fieldset.locator(f'label[for="contraintes--{ids[2]}"]').click()
    assert progress.inner_text() == f"Progression\u202f: 2 / {len(ids)}"
    page.reload()
    fieldset = checklist(page, STEP)
    assert [box(fieldset, i).is_checked() for i in ids] == [True, False, True] + [False] * (len(ids) - 3)
    assert fieldset.locator(".gb-checklist__progress").inner_text() == f"Progression\u202f: 2 / {len(ids)}"
    saved = json.loads(stored(page))
    assert saved == {"checklists": {f"{STEP}/contraintes": {"ticked": [ids[0], ids[2]], "notes": ""}}}
    assert page.errors == []


def test_tout_decocher_by_keyboard_clears_the_checklist_and_stays_cleared(page, site_url):
    ids = item_ids(STEP)
    fieldset = open_step(page, site_url)
    box(fieldset, ids[1]).focus()
    page.keyboard.press("Space")
    box(fieldset, ids[3]).check()
    assert fieldset.locator(".gb-checklist__progress").inner_text() == f"Progression\u202f: 2 / {len(ids)}"
    reset = fieldset.get_by_role("button", name="Tout décocher")
    reset.focus()
    page.keyboard.press("Enter")
    assert not any(box(fieldset, i).is_checked() for i in ids)
    assert fieldset.locator(".gb-checklist__progress").inner_text() == f"Progression\u202f: 0 / {len(ids)}"
    page.reload()
    fieldset = checklist(page, STEP)
    assert not any(box(fieldset, i).is_checked() for i in ids)
    assert page.errors == []


def test_tout_decocher_says_what_it_cleared_and_annuler_brings_the_ticks_back(page, site_url):
    ids = item_ids(STEP)
    fieldset = open_step(page, site_url)
    box(fieldset, ids[0]).check()
    box(fieldset, ids[2]).check()
    fieldset.get_by_role("textbox", name="Notes").fill("Point d'étape")
    fieldset.get_by_role("button", name="Tout décocher").click()
    undo = fieldset.locator(".gb-checklist__undo")
    expect(undo).to_have_text("2 cases décochées\u202f; vos notes sont gardées. Annuler")
    assert undo.get_attribute("role") == "status"
    assert not any(box(fieldset, i).is_checked() for i in ids)
    undo.get_by_role("button", name="Annuler").click()
    expect(undo).to_have_text("Les cases sont de nouveau cochées.")
    page.reload()
    fieldset = checklist(page, STEP)
    assert [box(fieldset, i).is_checked() for i in ids] == [i in (ids[0], ids[2]) for i in ids]
    assert fieldset.get_by_role("textbox", name="Notes").input_value() == "Point d'étape"
    assert page.errors == []


def test_restoring_a_file_merges_and_can_be_undone(page, site_url, tmp_path):
    ids, second_ids = item_ids(STEP), item_ids(STEP, 1)
    other_step = f"{DOMAIN}/actions-pilotes"
    other_ids = item_ids(other_step)
    # This browser: a list of step 5 and a list of step 4 answered; the file answers the first list only.
    fieldset = open_step(page, site_url)
    box(fieldset, ids[0]).check()
    page.goto(f"{site_url}/{other_step}/")
    box(checklist(page, other_step), other_ids[1]).check()
    saved = tmp_path / "collegue.json"
    saved.write_text(json.dumps({"format": "guide-numerique:checklists", "version": 1, "checklists": {
        f"{STEP}/contraintes": {"ticked": [ids[2]], "notes": "Du collègue"},
        f"{STEP}/modalites-innovation": {"ticked": [second_ids[1]], "notes": ""}}}), encoding="utf-8")
    fieldset = open_step(page, site_url)
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Restaurer (fichier)").click()
    chooser.value.set_files(saved)
    status = page.locator(".gb-checklist-file__status")
    expect(status).to_have_text("Réponses de «\u202fcollegue.json\u202f» restaurées\u202f: 1 liste ajoutée, 1 liste remplacée\u202f; "
                                "1 autre liste de ce navigateur gardée telle quelle. Annuler")
    assert [box(fieldset, i).is_checked() for i in ids] == [i == ids[2] for i in ids]
    kept = json.loads(stored(page))["checklists"]
    assert kept[f"{other_step}/{step_yaml(other_step)['checklists'][0]['id']}"]["ticked"] == [other_ids[1]]
    status.get_by_role("button", name="Annuler").click()
    expect(status).to_have_text("Restauration annulée\u202f: vos réponses sont revenues comme avant.")
    assert [box(fieldset, i).is_checked() for i in ids] == [i == ids[0] for i in ids]
    assert set(json.loads(stored(page))["checklists"]) == {
        f"{STEP}/contraintes", f"{other_step}/{step_yaml(other_step)['checklists'][0]['id']}"}
    assert page.errors == []


def test_notes_are_labelled_and_kept(page, site_url):
    fieldset = open_step(page, site_url)
    notes = fieldset.get_by_role("textbox", name="Notes")
    notes.fill("Réunion du 12 : voir avec la DSI")
    page.reload()
    fieldset = checklist(page, STEP)
    assert fieldset.get_by_role("textbox", name="Notes").input_value() == "Réunion du 12 : voir avec la DSI"
    assert json.loads(stored(page))["checklists"][f"{STEP}/contraintes"]["notes"] == "Réunion du 12 : voir avec la DSI"


def test_answers_saved_to_a_file_are_restored_in_another_browser(page, site_url, browser, tmp_path):
    ids = item_ids(STEP)
    fieldset = open_step(page, site_url)
    box(fieldset, ids[1]).check()
    fieldset.get_by_role("textbox", name="Notes").fill("À revoir avec l'équipe")
    second = checklist(page, STEP, 1)
    second_ids = item_ids(STEP, 1)
    box(second, second_ids[0]).check()
    with page.expect_download() as download:
        page.get_by_role("button", name="Enregistrer (fichier)").click()
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    assert saved.name == f"checklists-guide-{date.today().isoformat()}.json"
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert data["format"] == "guide-numerique:checklists" and data["version"] == 1
    assert data["checklists"] == {f"{STEP}/contraintes": {"ticked": [ids[1]], "notes": "À revoir avec l'équipe"},
                                  f"{STEP}/modalites-innovation": {"ticked": [second_ids[0]], "notes": ""}}

    context = browser.new_context(locale="fr-FR")
    try:
        other = context.new_page()
        other.goto(f"{site_url}/{STEP}/")
        fieldset = checklist(other, STEP)
        assert not any(box(fieldset, i).is_checked() for i in ids)
        with other.expect_file_chooser() as chooser:
            other.get_by_role("button", name="Restaurer (fichier)").click()
        chooser.value.set_files(saved)
        status = other.locator(".gb-checklist-file__status")
        expect(status).to_have_text(f"Réponses de «\u202f{saved.name}\u202f» restaurées\u202f: 2 listes ajoutées, 0 liste remplacée\u202f; "
                                    "0 autre liste de ce navigateur gardée telle quelle. Annuler")
        assert status.get_attribute("role") == "status"
        assert [box(fieldset, i).is_checked() for i in ids] == [i == ids[1] for i in ids]
        assert fieldset.get_by_role("textbox", name="Notes").input_value() == "À revoir avec l'équipe"
        assert box(checklist(other, STEP, 1), second_ids[0]).is_checked()
        other.reload()
        assert box(checklist(other, STEP), ids[1]).is_checked()
    finally:
        context.close()


def test_a_file_that_is_not_a_saved_checklist_is_refused_with_a_message(page, site_url, tmp_path):
    ids = item_ids(STEP)
    fieldset = open_step(page, site_url)
    box(fieldset, ids[0]).check()
    status = page.locator(".gb-checklist-file__status")
    for name, content in (("notes.json", "pas du JSON"), ("autre.json", json.dumps({"checklists": {}}))):
        bad = tmp_path / name
        bad.write_text(content, encoding="utf-8")
        with page.expect_file_chooser() as chooser:
            page.get_by_role("button", name="Restaurer (fichier)").click()
        chooser.value.set_files(bad)
        expected = (f"Le fichier «\u202f{name}\u202f» n'a pas pu être lu\u202f: ce n'est pas un fichier enregistré avec "
                    "«\u202fEnregistrer (fichier)\u202f» sur ce guide. Vos réponses n'ont pas changé.")
        expect(status).to_have_text(expected)
        assert box(fieldset, ids[0]).is_checked()
    assert json.loads(stored(page))["checklists"][f"{STEP}/contraintes"]["ticked"] == [ids[0]]
    assert page.errors == []


def test_an_item_gone_from_the_yaml_is_dropped_and_the_rest_restored(page, site_url):
    ids = item_ids(STEP)
    saved = {"checklists": {
        f"{STEP}/contraintes": {"ticked": ["question-retiree", ids[2]], "notes": "gardée"},
        f"{NEXT_STEP}/organiser-le-suivi": {"ticked": ["valeur-depart"], "notes": ""},
    }}
    page.context.add_init_script(f"if (!sessionStorage.getItem('seeded')) {{ sessionStorage.setItem('seeded', '1');"
                                 f" localStorage.setItem({json.dumps(KEY)}, {json.dumps(json.dumps(saved))}); }}")
    fieldset = open_step(page, site_url)
    assert [box(fieldset, i).is_checked() for i in ids] == [i == ids[2] for i in ids]
    assert fieldset.get_by_role("textbox", name="Notes").input_value() == "gardée"
    assert fieldset.locator(".gb-checklist__progress").inner_text() == f"Progression\u202f: 1 / {len(ids)}"
    after = json.loads(stored(page))["checklists"]
    assert after[f"{STEP}/contraintes"] == {"ticked": [ids[2]], "notes": "gardée"}
    assert after[f"{NEXT_STEP}/organiser-le-suivi"] == {"ticked": ["valeur-depart"], "notes": ""}
    assert page.locator(".gb-checklist-file__notice").inner_text() == ""
    assert page.errors == []


@pytest.mark.parametrize("trouble", ["bloqué", "illisible", "plein"])
def test_without_usable_storage_checklists_work_in_memory_and_say_so_once(page, site_url, trouble):
    corrupt = '{"checklists": {"' + STEP  # cut short: not JSON
    if trouble == "bloqué":
        page.context.add_init_script(BLOCK_STORAGE)
    elif trouble == "illisible":
        page.context.add_init_script(f"localStorage.setItem({json.dumps(KEY)}, {json.dumps(corrupt)})")
    else:
        page.context.add_init_script(STORAGE_FULL)
    ids = item_ids(STEP)
    fieldset = open_step(page, site_url)
    box(fieldset, ids[0]).check()
    box(fieldset, ids[1]).check()
    box(checklist(page, STEP, 1), item_ids(STEP, 1)[0]).check()
    fieldset.get_by_role("textbox", name="Notes").fill("en mémoire")
    assert fieldset.locator(".gb-checklist__progress").inner_text() == f"Progression\u202f: 2 / {len(ids)}"
    notices = page.locator(".gb-checklist-file__notice")
    assert notices.count() == 1
    assert notices.inner_text() == NOTICE
    assert notices.get_attribute("role") == "status"
    assert page.get_by_text("Ce navigateur ne permet pas").count() == 1
    if trouble == "illisible":
        assert stored(page) == corrupt  # left as it was, never overwritten
    assert page.errors == []


def test_ticks_follow_instant_navigation_between_two_step_pages(page, site_url):
    fieldset = open_step(page, site_url)
    box(fieldset, item_ids(STEP)[3]).check()
    page.evaluate("window.gbSamePage = true")
    page.locator("a.gb-pager__next").click()
    page.wait_for_url(f"{site_url}/{NEXT_STEP}/")
    following = checklist(page, NEXT_STEP)
    assert page.evaluate("window.gbSamePage") is True, "Material's instant navigation did not happen"
    next_ids = item_ids(NEXT_STEP)
    box(following, next_ids[1]).check()
    assert following.locator(".gb-checklist__progress").inner_text() == f"Progression\u202f: 1 / {len(next_ids)}"
    page.locator("a.gb-pager__prev").click()
    page.wait_for_url(f"{site_url}/{STEP}/")
    back = checklist(page, STEP)
    assert page.evaluate("window.gbSamePage") is True
    assert box(back, item_ids(STEP)[3]).is_checked()
    assert back.locator(".gb-checklist__tools").count() == 1  # enhanced once, not twice
    assert page.locator(".gb-page-tools").count() == 1
    page.locator("a.gb-pager__next").click()
    assert box(checklist(page, NEXT_STEP), next_ids[1]).is_checked()
    assert page.evaluate("window.gbSamePage") is True
    assert page.errors == []


def test_print_one_checklist_alone_with_guide_step_address_date_boxes_and_notes(page, site_url):
    page.context.add_init_script("window.printed = 0; window.print = () => { window.printed += 1; };")
    source = step_yaml(STEP)
    second = source["checklists"][1]
    fieldset = open_step(page, site_url)
    target = checklist(page, STEP, 1)
    ticked = [questions(second)[0]["id"], questions(second)[2]["id"]]
    for item in ticked:
        box(target, item).check()
    target.get_by_role("textbox", name="Notes").fill("Budget à confirmer\nen conseil")
    target.get_by_role("button", name="Imprimer cette liste").click()
    assert page.evaluate("window.printed") == 1
    assert page.evaluate("document.documentElement.classList.contains('gb-print-checklist')")
    ids = page.evaluate("[...document.querySelectorAll('[id]')].map(e => e.id)")
    assert len(ids) == len(set(ids)), "the printed copy repeats an id of the page"
    page.emulate_media(media="print")
    sheet = page.locator(".gb-print-sheet")
    assert sheet.is_visible()
    for hidden in ("header.md-header", "nav.md-nav--primary", "article", "footer", fieldset):
        locator = page.locator(hidden).first if isinstance(hidden, str) else hidden
        assert not locator.is_visible(), hidden
    lines = [line for line in sheet.inner_text().split("\n") if line]
    # Headed by the guide, the domain and the step (U+202F before the colons, as French wants).
    assert lines[:6] == ["Le numérique au service des collectivités locales",
                         "Stimuler le développement économique local",
                         f"Étape 5\u202f: {source['title']}", f"Adresse\u202f: {site_url}/{STEP}/",
                         f"Imprimé le {french_date(date.today().isoformat())}", second["title"]]
    assert source["checklists"][0]["title"] not in sheet.inner_text()
    boxes = sheet.locator(".gb-print-box")
    assert boxes.count() == len(questions(second))
    assert [boxes.nth(i).inner_text() for i in range(boxes.count())] == [
        "✓" if item["id"] in ticked else "" for item in questions(second)]
    border = boxes.first.evaluate("b => getComputedStyle(b).borderTopStyle + ' ' + getComputedStyle(b).width")
    assert border.startswith("solid ")
    assert sheet.locator(".gb-print-sheet__notes").inner_text() == "Budget à confirmer\nen conseil"
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    assert not page.evaluate("document.documentElement.classList.contains('gb-print-checklist')")
    assert page.locator(".gb-print-sheet").count() == 0
    # An ordinary print (Ctrl+P) prints the page, without the buttons.
    assert page.locator("article").is_visible()
    assert not target.get_by_role("button", name="Tout décocher").is_visible()
    assert not page.locator(".gb-page-tools").is_visible()
    assert page.errors == []


def test_the_booklet_page_prints_a_step_address_for_its_checklists(page, site_url):
    page.context.add_init_script("window.print = () => {};")
    page.goto(f"{site_url}/checklists/{DOMAIN}/")
    fieldset = page.locator(f'fieldset[data-checklist="{STEP}/modalites-innovation"]')
    fieldset.get_by_role("button", name="Imprimer cette liste").click()
    ids = page.evaluate("[...document.querySelectorAll('[id]')].map(e => e.id)")
    assert len(ids) == len(set(ids)), "the printed copy repeats an id of the page"
    page.emulate_media(media="print")
    lines = [line for line in page.locator(".gb-print-sheet").inner_text().split("\n") if line]
    assert lines[:4] == ["Le numérique au service des collectivités locales",
                         "Stimuler le développement économique local",
                         f"Étape 5\u202f: {step_yaml(STEP)['title']}", f"Adresse\u202f: {site_url}/{STEP}/"]
    assert lines[5] == step_yaml(STEP)["checklists"][1]["title"]


def roadmap_checklists():
    """(step key, checklist key) of every checklist in the roadmap YAML, in the guide's order."""
    domains = sorted(ROOT.glob("roadmap/*.yml"),
                     key=lambda p: yaml.safe_load(p.read_text(encoding="utf-8"))["number"])
    found = []
    for domain in domains:
        steps = sorted((ROOT / "roadmap" / domain.stem).glob("*.yml"),
                       key=lambda p: yaml.safe_load(p.read_text(encoding="utf-8"))["number"])
        for step in steps:
            key = f"{domain.stem}/{step.stem}"
            found += [(key, f"{key}/{c['id']}") for c in step_yaml(key)["checklists"]]
    return found


def test_the_checklists_page_gathers_every_checklist_by_step_sharing_the_ticks(page, site_url):
    """One index, then a page per domain (the guide has four): every checklist once, grouped by step."""
    expected = roadmap_checklists()
    page.goto(f"{site_url}/checklists/")
    assert page.locator("article h1").inner_text() == "Toutes les listes de questions"
    assert page.locator("nav.md-nav--primary").get_by_role("link", name="Toutes les listes de questions").count() == 1
    domains = [path.stem for path in sorted(ROOT.glob("roadmap/*.yml"),
               key=lambda p: yaml.safe_load(p.read_text(encoding="utf-8"))["number"])]
    assert [page.locator(f'article a[href$="{domain}/"]').count() for domain in domains] == [1] * len(domains)
    seen = []
    for domain in domains:
        title = yaml.safe_load((ROOT / f"roadmap/{domain}.yml").read_text(encoding="utf-8"))["title"]
        page.goto(f"{site_url}/checklists/{domain}/")
        assert page.locator("article h1").inner_text() == f"Listes de questions\u202f: {title}"
        fieldsets = page.locator("fieldset.gb-checklist[data-gb-checklist-ready]")
        keys = [fieldsets.nth(i).get_attribute("data-checklist") for i in range(fieldsets.count())]
        mine = [(step, key) for step, key in expected if step.startswith(f"{domain}/")]
        assert keys == [key for _step, key in mine]
        # Grouped by step: each step's heading links to the step page; its checklists follow it.
        groups = page.evaluate("""[...document.querySelectorAll('article h2')].map(h => {
            const group = h.nextElementSibling;
            return [h.textContent, h.querySelector('a').href, group.getAttribute('data-step-title'),
                    [...group.querySelectorAll('fieldset')].map(f => f.getAttribute('data-checklist'))];
        })""")
        steps = list(dict.fromkeys(step_key for step_key, _key in mine))
        # The heading is text, with a narrow no-break space before « : »; the title the print sheet reads
        # is an attribute, as written.
        shown = lambda title: title.replace(" :", "\u202f:").replace("« ", "«\u202f").replace(" »", "\u202f»")  # noqa: E731
        assert groups == [[f"Étape {step_yaml(s)['number']}\u202f: " + shown(step_yaml(s)["title"]),
                           f"{site_url}/{s}/", step_yaml(s)["title"], [key for step_key, key in mine if step_key == s]]
                          for s in steps]
        ids = page.evaluate("[...document.querySelectorAll('[id]')].map(e => e.id)")
        assert len(ids) == len(set(ids)), "the same id twice on the page"
        seen += keys
    assert seen == [key for _step, key in expected]
    # A tick here is a tick on the step page, and the other way round.
    page.goto(f"{site_url}/checklists/{DOMAIN}/")
    booklet = page.locator(f'fieldset[data-checklist="{STEP}/contraintes"]')
    booklet.locator(f'input[data-item="{item_ids(STEP)[2]}"]').check()
    fieldset = open_step(page, site_url)
    assert box(fieldset, item_ids(STEP)[2]).is_checked()
    box(fieldset, item_ids(STEP)[0]).check()
    page.goto(f"{site_url}/checklists/{DOMAIN}/")
    assert booklet.locator(f'input[data-item="{item_ids(STEP)[0]}"]').is_checked()
    assert page.errors == []


def test_without_javascript_a_checklist_is_a_plain_list_of_checkboxes(browser, site_url):
    context = browser.new_context(locale="fr-FR", java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(f"{site_url}/{STEP}/")
        fieldset = page.locator("fieldset#liste-contraintes")
        first = questions(step_yaml(STEP)["checklists"][0])[0]
        assert fieldset.get_by_role("checkbox", name=first["text"]).is_visible()
        assert fieldset.get_by_role("button").count() == 0
        assert page.locator(".gb-page-tools").count() == 0
    finally:
        context.close()


def test_share_links_carry_the_page_address_and_nothing_is_loaded_from_elsewhere(page, site_url):
    hosts = set()
    page.on("request", lambda request: hosts.add(urlsplit(request.url).netloc))
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url)
    page.context.add_init_script("window.printed = 0; window.print = () => { window.printed += 1; };")
    page.goto(f"{site_url}/{STEP}/?h=incubateur#objectif")
    address = f"{site_url}/{STEP}/"
    encoded = quote(address, safe="")
    title = page.title()
    tools = page.locator("article .gb-page-tools")
    assert page.locator("article h1 + .gb-page-tools").count() == 1
    tools.get_by_role("button", name="Imprimer").click()
    assert page.evaluate("window.printed") == 1
    share = tools.get_by_role("button", name="Partager")
    assert share.get_attribute("aria-expanded") == "false"
    assert not tools.get_by_role("link", name="Partager sur LinkedIn").is_visible()
    share.focus()
    page.keyboard.press("Enter")
    assert share.get_attribute("aria-expanded") == "true"
    links = {name: tools.get_by_role("link", name=name).get_attribute("href") for name in
             ("Envoyer par courriel", "Partager sur LinkedIn", "Partager sur X", "Partager sur Facebook")}
    assert links == {
        "Envoyer par courriel": f"mailto:?subject={quote(title, safe='')}&body={quote(title + chr(13) + chr(10) + address, safe='')}",
        "Partager sur LinkedIn": f"https://www.linkedin.com/sharing/share-offsite/?url={encoded}",
        "Partager sur X": f"https://x.com/intent/tweet?url={encoded}&text={quote(title, safe='')}",
        "Partager sur Facebook": f"https://www.facebook.com/sharer/sharer.php?u={encoded}",
    }
    tools.get_by_role("button", name="Copier le lien").click()
    expect(tools.locator(".gb-share__status")).to_have_text("Lien copié.")
    assert page.evaluate("navigator.clipboard.readText()") == address
    page.keyboard.press("Escape")
    assert share.get_attribute("aria-expanded") == "false"
    assert page.evaluate("document.activeElement.textContent") == "Partager"
    page.emulate_media(media="print")
    assert not tools.is_visible()
    assert hosts == {urlsplit(site_url).netloc}
    assert page.errors == []


def test_copy_link_without_clipboard_api_leaves_the_address_selected(page, site_url):
    page.context.add_init_script("Object.defineProperty(navigator, 'clipboard', {value: undefined});"
                                 "document.execCommand = () => false;")
    page.goto(f"{site_url}/glossaire/")
    page.get_by_role("button", name="Partager").click()
    page.get_by_role("button", name="Copier le lien").click()
    field = page.get_by_role("textbox", name="Adresse de cette page")
    assert field.input_value() == f"{site_url}/glossaire/"
    assert page.evaluate("[document.activeElement.selectionStart, document.activeElement.selectionEnd]") == [
        0, len(f"{site_url}/glossaire/")]
    assert page.locator(".gb-share__status").inner_text() == (
        "Le lien est sélectionné ci-dessus\u202f: copiez-le avec Ctrl+C (ou Cmd+C).")


PAGES = ["", f"{STEP}/", "checklists/", "glossaire/", "initiatives/"]


def test_blocked_storage_leaves_no_uncaught_error_on_any_page(page, site_url):
    page.context.add_init_script(BLOCK_STORAGE)
    for path in PAGES:
        page.goto(f"{site_url}/{path}")
        page.wait_for_load_state("networkidle")
    page.evaluate("window.gbSamePage = true")
    page.goto(f"{site_url}/{STEP}/")
    page.locator("a.gb-pager__next").click()
    checklist(page, NEXT_STEP)
    assert page.errors == []


def _server(directory):
    """A server for a site yet to be built there, so that it can be built for its own address."""
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass
    directory.mkdir()
    return http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(directory)))


def test_material_features_that_use_storage_load_without_error_when_storage_is_blocked(browser, tmp_path):
    """A colour-palette toggle and linked content tabs make Material read and write the storage on every
    page; with storage blocked, its own script used to throw an uncaught error there."""
    project = copy_project(tmp_path / "projet")
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    palette = "  palette:\n    scheme: default\n    primary: custom\n    accent: custom\n"
    assert palette in config
    config = config.replace(palette, """  palette:
    - scheme: default
      primary: custom
      accent: custom
      toggle: {icon: material/brightness-4, name: Passer en mode sombre}
    - scheme: slate
      primary: custom
      accent: custom
      toggle: {icon: material/brightness-7, name: Passer en mode clair}
""").replace("  features:\n", "  features:\n    - content.tabs.link\n")
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    server = _server(tmp_path / "site")
    url = f"http://127.0.0.1:{server.server_address[1]}"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        result = mkdocs_build(project, tmp_path / "site", {"SITE_URL": url + "/"})
        assert result.returncode == 0, result.stderr
        # With storage available, this variant does keep the palette there: the feature is live.
        context = browser.new_context(locale="fr-FR")
        page = context.new_page()
        page.goto(f"{url}/{STEP}/")
        page.locator("label[title='Passer en mode sombre']").click()
        assert page.evaluate("Object.keys(localStorage).some(k => k.endsWith('.__palette'))")
        context.close()

        context = browser.new_context(locale="fr-FR")
        context.add_init_script(BLOCK_STORAGE)
        page = context.new_page()
        errors = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        for path in PAGES:
            page.goto(f"{url}/{path}")
            page.wait_for_load_state("networkidle")
        page.goto(f"{url}/{STEP}/")
        page.locator("label[title='Passer en mode sombre']").click()
        assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"
        page.evaluate("window.gbSamePage = true")
        page.locator("a.gb-pager__next").click()
        page.wait_for_url(f"{url}/{NEXT_STEP}/")
        checklist(page, NEXT_STEP)
        assert page.evaluate("window.gbSamePage") is True
        assert errors == []
        context.close()
    finally:
        server.shutdown()
        server.server_close()


AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def axe_violations(page):
    assert AXE.is_file(), f"{AXE} manque : lancez `make test-deps`, qui installe axe-core (package.json)"
    page.evaluate(AXE.read_text(encoding="utf-8"))  # by DevTools: the page's policy refuses inline scripts
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
    return [f"{v['id']} {json.dumps(n['target'])}: {n['failureSummary']}" for v in result["violations"]
            for n in v["nodes"]]


def test_no_axe_violation_with_share_open_notice_shown_and_a_file_refused(page, site_url, tmp_path):
    page.context.add_init_script(STORAGE_FULL)
    fieldset = open_step(page, site_url)
    box(fieldset, item_ids(STEP)[0]).check()
    expect(page.locator(".gb-checklist-file__notice")).to_have_text(NOTICE)
    bad = tmp_path / "notes.txt"
    bad.write_text("pas du JSON", encoding="utf-8")
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Restaurer (fichier)").click()
    chooser.value.set_files(bad)
    expect(page.locator(".gb-checklist-file__status")).not_to_be_empty()
    page.get_by_role("button", name="Partager").click()
    page.get_by_role("button", name="Copier le lien").focus()
    assert axe_violations(page) == []
