/* « Imprimer cette checklist »: prints one checklist alone.
 *
 * A sheet is built from the checklist as it stands (the step title, the page address, the date, each
 * question with a drawn box, ticked where ticked, and the notes) and exists only while printing:
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

  function sheetFor(fieldset) {
    // On the /checklists/ page, each step's checklists sit in a block naming the step and its page.
    var step = fieldset.closest("[data-step-title]");
    var heading = document.querySelector("article h1");
    var title = step ? step.getAttribute("data-step-title") : heading ? heading.textContent.trim() : document.title;
    var address = step ? new URL(step.getAttribute("data-step-href"), location.href).href
      : location.origin + location.pathname;
    var sheet = element("div", "gb-print-sheet");
    sheet.append(element("p", "gb-print-sheet__step", title),
      element("p", "gb-print-sheet__meta", "Adresse : " + address),
      element("p", "gb-print-sheet__meta", "Imprimé le " + GB.frenchDate(new Date())),
      element("p", "gb-print-sheet__title", fieldset.querySelector("legend").textContent.trim()));
    var intro = fieldset.querySelector(".gb-checklist__intro");
    if (intro) sheet.append(copyOf(intro));
    var list = element("ul", "gb-print-sheet__items");
    GB.all('input[type="checkbox"][data-item]', fieldset).forEach(function (box) {
      var item = element("li", box.checked ? "gb-print-sheet__item--ticked" : "");
      item.append(element("span", "gb-print-box", box.checked ? "✓" : ""));
      var label = fieldset.querySelector('label[for="' + CSS.escape(box.id) + '"]');
      var text = label ? copyOf(label) : element("span");
      text.removeAttribute("for");
      item.append(text);
      list.append(item);
    });
    sheet.append(list, element("p", "gb-print-sheet__title", "Notes"));
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

  window.addEventListener("afterprint", finish);
  GB.onPage(function () {
    GB.all("fieldset.gb-checklist[data-checklist]").forEach(function (fieldset, index) {
      if (!GB.claim(fieldset, "data-gb-print-ready")) return;
      var button = GB.button("Imprimer cette checklist", "gb-button", function () { printAlone(fieldset); });
      // The legend's id is the one checklists.js gives it, whichever script names it first.
      var legend = fieldset.querySelector("legend");
      var base = fieldset.id || "gb-checklist-" + index;
      if (legend) button.setAttribute("aria-describedby", GB.idFor(legend, base + "-titre"));
      GB.part(fieldset, "gb-checklist__tools").append(button);
    });
  });
})();
