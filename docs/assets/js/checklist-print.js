/* « Imprimer cette liste »: prints one checklist alone.
 *
 * A sheet is built from the checklist as it stands (a header naming the guide, the domain and the step,
 * with the step's online address when the guide has one and the date; then each question with a drawn
 * box, ticked where ticked, and the notes) and exists only while printing:
 * <html class="gb-print-checklist"> makes the print stylesheet (checklists.css) show the sheet and hide
 * everything else; « afterprint » removes both, so that Ctrl+P prints the whole page as usual.
 * Works on the checklists' own markup, with or without checklists.js, before or after it: the button goes
 * in the checklist's tools row, which either script adds when it is not there yet.
 */
(function () {
  "use strict";
  if (!GB.once("checklist-print")) return;
  var MODE = "gb-print-checklist";
  var element = GB.element;
  var copyOf = GB.copyWithoutIds;

  function text(node) {
    return node ? node.textContent.replace(/\s+/g, " ").trim() : "";
  }

  // « Étape 5 », "Step 5": the word of the page's language (print.stepWord), then the number.
  function stepPattern() {
    return GB.t("print.stepWord").replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + "\\s\\d+";
  }

  // In the English edition a domain, a step or a list may still be French: the page marks it (lang="fr" on
  // it or on a part of it, or data-*-lang on the block of a step), and the sheet marks its copy alike.
  function isFrench(node) {
    if (!node || document.documentElement.lang === "fr") return false;
    return Boolean(node.closest('[lang="fr"]') || node.querySelector('[lang="fr"]'));
  }

  function marked(node, french) {
    if (french) node.lang = "fr";
    return node;
  }

  // Which guide, which domain and which step the checklist belongs to, as the page shows them: on a step
  // page, its kicker (« <domain> · Étape 5 ») and its title; on a /checklists/ page, the step's heading
  // (« Étape 5 : <title> ») before its block, and the domain its block names. `step` is « Étape 5 : <title> »
  // (`number` and `title`), or the title alone; `french` says whether the domain and the title are French.
  // Also used by checklist-export.js, for the rows of its spreadsheet.
  function whereFrom(fieldset) {
    var site = text(document.querySelector(".gb-print-meta__site")) || document.title.split(" - ").pop();
    var block = fieldset.closest("[data-step-title]");
    if (!block) {
      var kicker = document.querySelector("article .gb-kicker"), h1 = document.querySelector("article h1");
      var number = text(kicker).match(new RegExp(stepPattern()));
      return located(site, number ? text(kicker).slice(0, number.index).replace(/[\s·]+$/, "") : "",
                   number && number[0], text(h1) || document.title, "",
                   { domain: isFrench(kicker), title: isFrench(h1) });
    }
    var heading = block.previousElementSibling;
    var named = text(heading).match(new RegExp("^(" + stepPattern() + ")\\s*:\\s*(.+)$"));
    return located(site, block.getAttribute("data-domain-title") || "", named && named[1],
                 named ? named[2] : block.getAttribute("data-step-title"), block.getAttribute("data-step-href"),
                 { domain: block.hasAttribute("data-domain-lang"),
                   title: named ? isFrench(heading) : block.hasAttribute("data-step-lang") });
  }

  function located(site, domain, number, title, href, french) {
    return { site: site, domain: domain, step: number ? GB.t("print.step", { step: number, title: title }) : title,
             number: number, title: title, href: href, french: french };
  }

  // « Étape 5 : <title> », its title in a <span lang="fr"> when it is French.
  function stepLine(where) {
    var line = element("p", "gb-print-sheet__step", where.number && where.french.title ? "" : where.step);
    if (!where.number) return marked(line, where.french.title);
    if (where.french.title) {
      var around = GB.t("print.step", { step: where.number, title: "\u0000" }).split("\u0000");
      line.append(around[0], marked(element("span", "", where.title), true), around[1] || "");
    }
    return line;
  }

  // The online address of the step, from the page's printed address (there only when the guide has one:
  // a sheet never gives the address of a preview or of a file on this computer), without its label
  // (« Adresse : », "Address: ").
  function onlineAddress(href) {
    var printed = text(document.querySelector(".gb-print-meta__address")).replace(/^[^:\/]*:\s+/, "");
    if (!printed) return "";
    return href ? new URL(href, printed).href.replace(/index\.html$/, "") : printed;
  }

  function sheetFor(fieldset) {
    var where = whereFrom(fieldset);
    var address = onlineAddress(where.href);
    var sheet = element("div", "gb-print-sheet");
    sheet.append(element("p", "gb-print-sheet__site", where.site));
    if (where.domain) sheet.append(marked(element("p", "gb-print-sheet__meta", where.domain), where.french.domain));
    sheet.append(stepLine(where));
    if (address) sheet.append(element("p", "gb-print-sheet__meta", GB.t("print.address", { address: address })));
    sheet.append(element("p", "gb-print-sheet__meta", GB.t("print.printedOn", { date: GB.date(new Date()) })),
      marked(element("p", "gb-print-sheet__title", text(fieldset.querySelector("legend"))),
             isFrench(fieldset.querySelector("legend"))));
    var intro = fieldset.querySelector(".gb-checklist__intro");
    if (intro) sheet.append(copyOf(intro));
    var list = element("ul", "gb-print-sheet__items"), group = null;
    GB.all('input[type="checkbox"][data-item]', fieldset).forEach(function (box) {
      // A list whose questions sit under subheadings prints them, each before its own questions.
      var heading = box.closest("ul") && box.closest("ul").previousElementSibling;
      if (heading && heading.classList.contains("gb-checklist__group") && heading !== group) {
        group = heading;
        if (list.children.length) sheet.append(list);
        sheet.append(marked(element("p", "gb-print-sheet__group", text(heading)), isFrench(heading)));
        list = element("ul", "gb-print-sheet__items");
      }
      var item = element("li", box.checked ? "gb-print-sheet__item--ticked" : "");
      item.append(element("span", "gb-print-box", box.checked ? "✓" : ""));
      var label = fieldset.querySelector('label[for="' + CSS.escape(box.id) + '"]');
      var question = label ? copyOf(label) : element("span");
      question.removeAttribute("for");
      item.append(question);
      list.append(item);
    });
    sheet.append(list, element("p", "gb-print-sheet__title", GB.t("checklist.notes")));
    var notes = fieldset.querySelector(".gb-checklist__notes textarea");
    sheet.append(element("div", "gb-print-sheet__notes", notes ? notes.value : ""));
    return sheet;
  }

  function finish() {
    document.documentElement.classList.remove(MODE);
    var sheet = document.querySelector(".gb-print-sheet");
    if (sheet) sheet.remove();
  }

  function printAlone(fieldset) {
    finish();
    document.body.append(sheetFor(fieldset));
    document.documentElement.classList.add(MODE);
    window.print();
  }

  GB.checklistPlace = whereFrom;
  window.addEventListener("afterprint", finish);
  GB.onPage(function () {
    GB.all("fieldset.gb-checklist[data-checklist]").forEach(function (fieldset, index) {
      if (!GB.claim(fieldset, "data-gb-print-ready")) return;
      var button = GB.button(GB.t("print.button"), "gb-button", function () { printAlone(fieldset); });
      // The legend's id is the one checklists.js gives it, whichever script names it first.
      var legend = fieldset.querySelector("legend");
      var base = fieldset.id || "gb-checklist-" + index;
      if (legend) button.setAttribute("aria-describedby", GB.idFor(legend, base + "-titre"));
      GB.part(fieldset, "gb-checklist__tools").append(button);
    });
  });
})();
