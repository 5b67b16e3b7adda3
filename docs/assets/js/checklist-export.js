/* « Exporter vos réponses (tableur CSV) »: the reader's own answers as a file that Excel and LibreOffice
 * open as they are: UTF-8 with a byte order mark, CRLF line ends, and between fields the separator their
 * French versions expect (« ; ») on a French page, an English one's (",") on an English page.
 * Headings, « oui »/« non » and the file's name are in the page's language (messages.js).
 *
 * One row per question of the checklists of this page (a step, or a domain's /checklists/ page): domain,
 * step, list, question, « oui » or « non » for its box, and the list's notes on the list's first row
 * (checklists.js keeps notes per list, not per question). The answers are the ones checklists.js keeps
 * (GB.storage, key "guide-numerique:checklists:v1", never changed here), or the boxes and notes of the
 * page when the browser could not keep them. A field that a spreadsheet would run as a formula (starting
 * with = + - @, a tab or a carriage return) gets a leading « ' ».
 * The button appears only with JavaScript, beside « Enregistrer (fichier) » when checklists.js made that
 * block, else before the first checklist.
 */
(function () {
  "use strict";
  if (!GB.once("checklist-export")) return;
  var KEY = "guide-numerique:checklists:v1";   // checklists.js's, read only
  var element = GB.element;

  function text(node) {
    return node ? node.textContent.replace(/\s+/g, " ").trim() : "";
  }

  // The headings of the columns, in the page's language.
  function columns() {
    return ["columnDomain", "columnStep", "columnList", "columnQuestion", "columnTicked", "columnNotes"]
      .map(function (name) { return GB.t("export." + name); });
  }

  // One field: never read as a formula, quoted when it holds a separator, a quote or a line break.
  function field(value, separator) {
    var safe = /^[=+\-@\t\r]/.test(value) ? "'" + value : value;
    return /["\r\n]/.test(safe) || safe.indexOf(separator) >= 0 ? '"' + safe.replace(/"/g, '""') + '"' : safe;
  }

  // Fields separated as the spreadsheets of the page's language expect: « ; » in French, "," in English.
  function csv(rows) {
    var separator = GB.t("export.separator");
    return "\ufeff" + rows.map(function (row) {
      return row.map(function (value) { return field(value, separator); }).join(separator);
    }).join("\r\n") + "\r\n";
  }

  // The kept answers of one list, or those the page shows when the browser could not keep any.
  function answersOf(fieldset, stored) {
    var entry = stored ? stored[fieldset.getAttribute("data-checklist")] : null;
    if (stored) {
      return { ticked: entry && Array.isArray(entry.ticked) ? entry.ticked : [],
               notes: entry && typeof entry.notes === "string" ? entry.notes : "" };
    }
    var notes = fieldset.querySelector(".gb-checklist__notes textarea");
    return { ticked: GB.all('input[type="checkbox"][data-item]:checked', fieldset).map(function (box) {
      return box.getAttribute("data-item");
    }), notes: notes ? notes.value : "" };
  }

  function rowsOf(lists) {
    var read = GB.storage.read(KEY);
    var stored = read.value && typeof read.value === "object" && read.value.checklists &&
      typeof read.value.checklists === "object" ? read.value.checklists : null;
    var rows = [columns()];
    lists.forEach(function (fieldset) {
      var place = GB.checklistPlace ? GB.checklistPlace(fieldset) : { domain: "", step: text(document.querySelector("article h1")) };
      var title = text(fieldset.querySelector("legend"));
      var answers = answersOf(fieldset, stored);
      GB.all('input[type="checkbox"][data-item]', fieldset).forEach(function (box, index) {
        var label = fieldset.querySelector('label[for="' + CSS.escape(box.id) + '"]');
        rows.push([place.domain, place.step, title, text(label),
          GB.t(answers.ticked.indexOf(box.getAttribute("data-item")) >= 0 ? "export.yes" : "export.no"),
          index === 0 ? answers.notes : ""]);
      });
    });
    return rows;
  }

  // « reponses-<domain>-<step>-<date>.csv » on a step, « reponses-<domain>-<date>.csv » for a domain.
  function fileName(lists) {
    var keys = lists.map(function (fieldset) { return fieldset.getAttribute("data-checklist").split("/"); });
    var same = function (index) { return keys.every(function (key) { return key[index] === keys[0][index]; }); };
    var name = same(0) ? keys[0][0] + (same(1) ? "-" + keys[0][1] : "") : "guide";
    var today = new Date();
    var day = [today.getFullYear(), today.getMonth() + 1, today.getDate()].map(function (part) {
      return String(part).padStart(2, "0");
    }).join("-");
    return GB.t("export.fileName", { name: name.replace(/[^a-z0-9-]/gi, ""), date: day });
  }

  // A link to the file clicked: a download (a navigation to a blob: address), which the pages' policy
  // (default-src 'self') does not block, as it would a fetch.
  function download(lists, status) {
    var rows = rowsOf(lists);
    var link = element("a");
    link.href = URL.createObjectURL(new Blob([csv(rows)], { type: "text/csv;charset=utf-8" }));
    link.download = fileName(lists);
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
    var yes = GB.t("export.yes");
    var ticked = rows.filter(function (row) { return row[4] === yes; }).length;
    status.textContent = GB.t("export.created", { file: link.download,
      questions: GB.t("export.questions", { n: rows.length - 1 }), ticked: GB.t("export.ticked", { n: ticked }) });
  }

  GB.onPage(function () {
    var lists = GB.all("fieldset.gb-checklist[data-checklist]");
    if (!lists.length) return;
    var block = document.querySelector(".gb-checklist-file");
    if (!block) {
      block = element("div", "gb-checklist-export");
      var container = lists[0].closest(".gb-practice") || lists[0];
      container.parentNode.insertBefore(block, container);
    }
    if (!GB.claim(block, "data-gb-export-ready")) return;
    var wrapper = element("div", "gb-checklist-export__tools");
    var button = GB.button(GB.t("export.button"), "gb-button");
    var status = element("p", "gb-checklist-export__status");
    status.setAttribute("role", "status");
    var help = element("p", "gb-checklist-export__help", GB.t("export.help"));
    help.id = "gb-checklist-export-aide";
    button.setAttribute("aria-describedby", help.id);
    wrapper.append(help, button, status);
    block.append(wrapper);
    button.addEventListener("click", function () { download(lists, status); });
  });
})();
