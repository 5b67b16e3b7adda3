/* Checklists that remember.
 *
 * Each <fieldset class="gb-checklist" data-checklist="<key>"> gets a progress count, « Tout décocher »
 * and a « Notes » field; its ticks and notes are kept in this browser under one versioned key:
 *   {"checklists": {"<checklist key>": {"ticked": ["<item id>", …], "notes": "…"}}}
 * Once per page, before the first checklist, « Enregistrer (fichier) » and « Restaurer (fichier) » carry
 * the answers of the whole guide to another computer or to a colleague. Restoring merges (the file's
 * lists win, the others are kept); it and « Tout décocher » say what they changed and offer « Annuler ».
 * When the storage cannot be read (blocked, corrupt) or written (full), the checklists keep working in
 * memory and the page says once that the answers will not be kept.
 * Without JavaScript a checklist is a plain list of checkboxes.
 * GB.checklistAnswers() gives the answers to other scripts; the event « gb:checklists-changed », on the
 * document, says when they change.
 */
(function () {
  "use strict";
  if (!GB.once("checklists")) return;
  var KEY = "guide-numerique:checklists:v1";
  var FILE_FORMAT = "guide-numerique:checklists";
  var answers = {};      // checklist key -> {ticked: [item ids], notes: text}
  var inMemory = false;  // the storage proved unusable: answers live only as long as this page

  var element = GB.element;

  function button(text, describedBy) {
    var node = GB.button(text, "gb-button");
    if (describedBy) node.setAttribute("aria-describedby", describedBy);
    return node;
  }

  // The well-formed part of stored or loaded answers, or null when the data is not answers at all.
  function clean(data) {
    var lists = data && typeof data === "object" ? data.checklists : null;
    if (!lists || typeof lists !== "object" || Array.isArray(lists)) return null;
    var result = {};
    Object.keys(lists).forEach(function (key) {
      var entry = lists[key];
      if (!entry || typeof entry !== "object") return;
      result[key] = {
        ticked: Array.isArray(entry.ticked) ? entry.ticked.filter(function (id) { return typeof id === "string"; }) : [],
        notes: typeof entry.notes === "string" ? entry.notes : ""
      };
    });
    return result;
  }

  function load() {
    if (inMemory) return;
    // Blocked or unreadable: the stored value is left as it is (it may be someone's work).
    var stored = GB.storage.read(KEY);
    var read = stored.problem ? null : stored.value === null ? {} : clean(stored.value);
    if (read) answers = read;
    else inMemory = true;
  }

  // Every change of the answers, kept or only in memory, is then told to the page (stepnav-progress.js).
  function store() {
    if (!inMemory && !GB.storage.write(KEY, { checklists: answers })) {
      inMemory = true;
      warn();
    }
    document.dispatchEvent(new CustomEvent("gb:checklists-changed"));
  }

  function warn() {
    var notice = document.querySelector(".gb-checklist-file__notice");
    if (notice && !notice.textContent) notice.textContent = GB.t("checklist.storageNotice");
  }

  function boxesOf(fieldset) {
    return GB.all('input[type="checkbox"][data-item]', fieldset);
  }

  function countTicks(fieldset) {
    var boxes = boxesOf(fieldset);
    var ticked = boxes.filter(function (box) { return box.checked; }).length;
    fieldset.querySelector(".gb-checklist__progress").textContent =
      GB.t("checklist.progress", { ticked: ticked, total: boxes.length });
  }

  // Answers -> page. Item ids no longer in the guide (removed or renamed in the YAML) are dropped.
  function show(fieldset) {
    var key = fieldset.getAttribute("data-checklist");
    var entry = answers[key];
    var boxes = boxesOf(fieldset);
    var known = boxes.map(function (box) { return box.getAttribute("data-item"); });
    var ticked = entry ? entry.ticked.filter(function (id) { return known.indexOf(id) >= 0; }) : [];
    boxes.forEach(function (box) { box.checked = ticked.indexOf(box.getAttribute("data-item")) >= 0; });
    fieldset.querySelector(".gb-checklist__notes textarea").value = entry ? entry.notes : "";
    countTicks(fieldset);
    if (entry && ticked.length !== entry.ticked.length) {
      entry.ticked = ticked;
      store();
    }
  }

  // Page -> answers.
  function keep(fieldset) {
    var key = fieldset.getAttribute("data-checklist");
    var ticked = boxesOf(fieldset).filter(function (box) { return box.checked; })
      .map(function (box) { return box.getAttribute("data-item"); });
    var notes = fieldset.querySelector(".gb-checklist__notes textarea").value;
    if (ticked.length || notes) answers[key] = { ticked: ticked, notes: notes };
    else delete answers[key];
    countTicks(fieldset);
    store();
  }

  function enhance(fieldset, index) {
    if (!GB.claim(fieldset, "data-gb-checklist-ready")) return;
    var base = fieldset.id || "gb-checklist-" + index;
    var legend = fieldset.querySelector("legend");
    var describedBy = legend ? GB.idFor(legend, base + "-titre") : null;

    // The tools row is shared with checklist-print.js (« Imprimer cette liste »), whichever comes first.
    var tools = GB.part(fieldset, "gb-checklist__tools");
    var progress = element("p", "gb-checklist__progress");
    var reset = button(GB.t("checklist.untickAll"), describedBy);
    var undoSlot = element("p", "gb-checklist__undo");
    undoSlot.setAttribute("role", "status");
    tools.prepend(progress, reset, undoSlot);
    var notes = element("div", "gb-checklist__notes");
    var label = element("label", "", GB.t("checklist.notes"));
    var field = element("textarea");
    label.htmlFor = field.id = base + "-notes";
    field.rows = 3;
    notes.append(label, field);
    fieldset.append(notes);
    show(fieldset);
    // Announced from now on, not while the page loads.
    progress.setAttribute("aria-live", "polite");

    fieldset.addEventListener("change", function (event) {
      if (event.target.matches('input[type="checkbox"][data-item]')) keep(fieldset);
    });
    field.addEventListener("input", function () { keep(fieldset); });
    reset.addEventListener("click", function () {
      var were = boxesOf(fieldset).filter(function (box) { return box.checked; });
      if (!were.length) {
        undoSlot.textContent = GB.t("checklist.nothingTicked");
        return;
      }
      were.forEach(function (box) { box.checked = false; });
      keep(fieldset);
      var message = GB.t("checklist.unticked", { n: were.length });
      offerUndo(undoSlot, message, function () {
        were.forEach(function (box) { box.checked = true; });
        keep(fieldset);
        return GB.t("checklist.tickedAgain", { n: were.length });
      });
    });
  }

  // A message saying what was just changed, with « Annuler » for as long as the page stays open.
  function offerUndo(slot, message, undo) {
    slot.textContent = message + " ";
    var cancel = button(GB.t("checklist.undo"));
    slot.append(cancel);
    cancel.addEventListener("click", function () {
      slot.textContent = undo();
    });
  }

  function showAll() {
    GB.all("fieldset.gb-checklist[data-gb-checklist-ready]").forEach(show);
  }

  function saveFile() {
    var data = { format: FILE_FORMAT, version: 1, saved: new Date().toISOString(), checklists: answers };
    var link = element("a");
    link.href = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: "application/json" }));
    link.download = GB.t("checklist.fileName", { date: new Date().toISOString().slice(0, 10) });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
  }

  function restoreFile(file, status) {
    var refused = GB.t("checklist.fileRefused", { file: file.name });
    file.text().then(function (text) {
      var data = null;
      try { data = JSON.parse(text); } catch (error) { /* refused below */ }
      var restored = data && data.format === FILE_FORMAT && data.version === 1 ? clean(data) : null;
      if (!restored) {
        status.textContent = refused;
        return;
      }
      // Merged: the lists the file holds take its answers, every other list keeps this browser's.
      var before = JSON.parse(JSON.stringify(answers));
      var keys = Object.keys(restored);
      var replaced = keys.filter(function (key) { return Object.prototype.hasOwnProperty.call(before, key); }).length;
      var kept = Object.keys(before).filter(function (key) { return keys.indexOf(key) < 0; }).length;
      keys.forEach(function (key) { answers[key] = restored[key]; });
      store();
      showAll();
      offerUndo(status, GB.t("checklist.restored", {
        file: file.name,
        added: GB.t("checklist.listsAdded", { n: keys.length - replaced }),
        replaced: GB.t("checklist.listsReplaced", { n: replaced }),
        kept: GB.t("checklist.listsKept", { n: kept })
      }), function () {
        answers = before;
        store();
        showAll();
        return GB.t("checklist.restoreUndone");
      });
    }, function () { status.textContent = refused; });
  }

  // The save/restore block: in the page's own slot if it has one (the /checklists/ page), else before
  // the first checklist.
  function fileBlock(first) {
    var block = document.querySelector(".gb-checklist-file");
    if (block && block.hasChildNodes()) return;
    if (!block) {
      block = element("div", "gb-checklist-file");
      var container = first.closest(".gb-practice") || first;
      container.parentNode.insertBefore(block, container);
    }
    var save = button(GB.t("checklist.save"));
    var restore = button(GB.t("checklist.restore"));
    var picker = element("input");
    picker.type = "file";
    picker.accept = ".json,application/json";
    picker.hidden = true;
    var status = element("p", "gb-checklist-file__status");
    status.setAttribute("role", "status");
    var notice = element("p", "gb-checklist-file__notice");
    notice.setAttribute("role", "status");
    block.append(element("p", "", GB.t("checklist.fileIntro")), save, restore, picker, status, notice);
    save.addEventListener("click", saveFile);
    restore.addEventListener("click", function () { picker.click(); });
    picker.addEventListener("change", function () {
      var file = picker.files[0];
      picker.value = "";  // choosing the same file again is a new change
      if (file) restoreFile(file, status);
    });
  }

  // The answers, for the scripts that show them elsewhere: read from the storage (another page or tab may
  // have changed them), or this page's own when they live in memory. Never changes what is kept.
  GB.checklistAnswers = function () {
    if (inMemory) return answers;
    var stored = GB.storage.read(KEY);
    if (stored.problem) return answers;
    return stored.value === null ? {} : clean(stored.value) || {};
  };

  // On every page shown, instant navigation included; the answers stay in memory from page to page.
  GB.onPage(function () {
    var lists = GB.all("fieldset.gb-checklist[data-checklist]");
    if (!lists.length) return;
    load();
    fileBlock(lists[0]);
    lists.forEach(enhance);
    if (inMemory) warn();
  });
})();
