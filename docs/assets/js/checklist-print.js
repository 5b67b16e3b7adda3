/* « Imprimer cette checklist »: prints one checklist alone.
 *
 * A sheet is built from the checklist as it stands (the step title, the page address, the date, each
 * question with a drawn box, ticked where ticked, and the notes) and exists only while printing:
 * <html class="gb-print-checklist"> makes the print stylesheet (checklists.css) show the sheet and hide
 * everything else; « afterprint » removes both, so that Ctrl+P prints the whole page as usual.
 */
(function () {
  "use strict";
  var MODE = "gb-print-checklist";

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  // A copy without the page's ids (a glossary tooltip's, for instance), which must stay unique.
  function copyOf(node) {
    var copy = node.cloneNode(true);
    copy.removeAttribute("id");
    [].forEach.call(copy.querySelectorAll("[id]"), function (inner) { inner.removeAttribute("id"); });
    return copy;
  }

  function sheetFor(fieldset) {
    // On the /checklists/ page, each step's checklists sit in a block naming the step and its page.
    var step = fieldset.closest("[data-step-title]");
    var heading = document.querySelector("article h1");
    var title = step ? step.getAttribute("data-step-title") : heading ? heading.textContent.trim() : document.title;
    var address = step ? new URL(step.getAttribute("data-step-href"), location.href).href
      : location.origin + location.pathname;
    var today = new Date().toLocaleDateString("fr-FR", { day: "numeric", month: "long", year: "numeric" })
      .replace(/^1 /, "1er ");
    var sheet = element("div", "gb-print-sheet");
    sheet.append(element("p", "gb-print-sheet__step", title),
      element("p", "gb-print-sheet__meta", "Adresse : " + address),
      element("p", "gb-print-sheet__meta", "Imprimé le " + today),
      element("p", "gb-print-sheet__title", fieldset.querySelector("legend").textContent.trim()));
    var intro = fieldset.querySelector(".gb-checklist__intro");
    if (intro) sheet.append(copyOf(intro));
    var list = element("ul", "gb-print-sheet__items");
    [].forEach.call(fieldset.querySelectorAll('input[type="checkbox"][data-item]'), function (box) {
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

  function init() {
    [].forEach.call(document.querySelectorAll("fieldset.gb-checklist[data-checklist]"), function (fieldset) {
      if (fieldset.hasAttribute("data-gb-print-ready")) return;
      fieldset.setAttribute("data-gb-print-ready", "");
      var tools = fieldset.querySelector(".gb-checklist__tools");
      if (!tools) fieldset.append(tools = element("div", "gb-checklist__tools"));
      var button = element("button", "gb-button", "Imprimer cette checklist");
      button.type = "button";
      var legend = fieldset.querySelector("legend");
      if (legend && legend.id) button.setAttribute("aria-describedby", legend.id);
      button.addEventListener("click", function () { printAlone(fieldset); });
      tools.append(button);
    });
  }

  window.addEventListener("afterprint", finish);
  if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(init);
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
