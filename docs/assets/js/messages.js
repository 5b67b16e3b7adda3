/* Every text the guide's scripts show to a reader, one catalogue per language, chosen by the page's
 * language (<html lang>): "en" (or "en-GB"…) gives English, anything else French. Loaded right after
 * core.js (extra_javascript), before every script that shows text; a plain script, no module and no file
 * to fetch, so that the offline copy, opened from files, has it too.
 *   GB.language()      "fr" or "en", read from the page each time (never kept).
 *   GB.t(key, values)  the message of that key in the page's language, its {name} placeholders replaced by
 *                      values[name]. A message written as {"one": …, "other": …} is chosen by values.n:
 *                      in French « one » for 0 and 1, in English for 1 only. A key missing from English
 *                      falls back to French, a key missing from both shows as itself.
 *   GB.date(d)         the date in the page's language: « 1er mai 2025 », "1 May 2025".
 *   GB.frenchDate(d)   the French form, whatever the page's language.
 *
 * The catalogue below is written as JSON (double quotes, no trailing comma, no comment inside), so that
 * tests/unit/test_js_messages.py can read it and check that both languages have the same keys.
 * French keeps French typography: a narrow no-break space (\u202f) before : ; ! ? and inside « ».
 */
(function () {
  "use strict";
  if (!window.GB || GB.messages) return;

  GB.messages = {
    "fr": {
      "date.months": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"],
      "date.firstDay": "1er",

      "checklist.storageNotice": "Ce navigateur ne permet pas de conserver vos cases cochées et vos notes (stockage bloqué, plein ou illisible). Vous pouvez continuer\u202f: elles seront perdues en fermant ou en rechargeant la page. Pour les garder, utilisez «\u202fEnregistrer (fichier)\u202f».",
      "checklist.progress": "Progression\u202f: {ticked} / {total}",
      "checklist.untickAll": "Tout décocher",
      "checklist.notes": "Notes",
      "checklist.nothingTicked": "Aucune case n'était cochée\u202f: rien n'a changé.",
      "checklist.unticked": {
        "one": "{n} case décochée\u202f; vos notes sont gardées.",
        "other": "{n} cases décochées\u202f; vos notes sont gardées."
      },
      "checklist.tickedAgain": {
        "one": "La case est de nouveau cochée.",
        "other": "Les cases sont de nouveau cochées."
      },
      "checklist.undo": "Annuler",
      "checklist.save": "Enregistrer (fichier)",
      "checklist.restore": "Restaurer (fichier)",
      "checklist.fileIntro": "Vos cases cochées et vos notes restent dans ce navigateur. Pour les reprendre sur un autre ordinateur ou les confier à un collègue, enregistrez-les dans un fichier, puis restaurez ce fichier là-bas.",
      "checklist.fileName": "checklists-guide-{date}.json",
      "checklist.fileRefused": "Le fichier «\u202f{file}\u202f» n'a pas pu être lu\u202f: ce n'est pas un fichier enregistré avec «\u202fEnregistrer (fichier)\u202f» sur ce guide. Vos réponses n'ont pas changé.",
      "checklist.restored": "Réponses de «\u202f{file}\u202f» restaurées\u202f: {added}, {replaced}\u202f; {kept}.",
      "checklist.listsAdded": {
        "one": "{n} liste ajoutée",
        "other": "{n} listes ajoutées"
      },
      "checklist.listsReplaced": {
        "one": "{n} liste remplacée",
        "other": "{n} listes remplacées"
      },
      "checklist.listsKept": {
        "one": "{n} autre liste de ce navigateur gardée telle quelle",
        "other": "{n} autres listes de ce navigateur gardées telles quelles"
      },
      "checklist.restoreUndone": "Restauration annulée\u202f: vos réponses sont revenues comme avant.",

      "stepnav.ticked": {
        "one": "{n} / {total} question cochée",
        "other": "{n} / {total} questions cochées"
      },

      "print.button": "Imprimer cette liste",
      "print.stepWord": "Étape",
      "print.step": "{step}\u202f: {title}",
      "print.address": "Adresse\u202f: {address}",
      "print.printedOn": "Imprimé le {date}",

      "export.button": "Exporter vos réponses (tableur CSV)",
      "export.help": "Un fichier à ouvrir dans Excel ou LibreOffice\u202f: une ligne par question de cette page, avec vos cases cochées («\u202foui\u202f» ou «\u202fnon\u202f») et vos notes.",
      "export.separator": ";",
      "export.columnDomain": "Domaine",
      "export.columnStep": "Étape",
      "export.columnList": "Liste",
      "export.columnQuestion": "Question",
      "export.columnTicked": "Cochée",
      "export.columnNotes": "Notes de la liste",
      "export.yes": "oui",
      "export.no": "non",
      "export.fileName": "reponses-{name}-{date}.csv",
      "export.created": "Fichier «\u202f{file}\u202f» créé\u202f: {questions}, dont {ticked}.",
      "export.questions": {
        "one": "{n} question",
        "other": "{n} questions"
      },
      "export.ticked": {
        "one": "{n} cochée",
        "other": "{n} cochées"
      },

      "share.print": "Imprimer",
      "share.share": "Partager",
      "share.copy": "Copier le lien",
      "share.copied": "Lien copié.",
      "share.selected": "Le lien est sélectionné ci-dessus\u202f: copiez-le avec Ctrl+C (ou Cmd+C).",
      "share.address": "Adresse de cette page",
      "share.whatsapp": "Partager sur WhatsApp",
      "share.email": "Envoyer par courriel",
      "share.linkedin": "Partager sur LinkedIn",
      "share.x": "Partager sur X",
      "share.facebook": "Partager sur Facebook",

      "assess.storage": "Ce navigateur n'autorise pas l'enregistrement de vos réponses\u202f: elles seront perdues si vous rechargez la page ou fermez l'onglet. Pensez à imprimer le résultat.",
      "assess.corrupt": "Les réponses enregistrées dans ce navigateur étaient illisibles\u202f: le questionnaire repart de zéro.",
      "assess.result": "Votre résultat",
      "assess.print": "Imprimer le résultat",
      "assess.restart": "Recommencer",
      "assess.points": {
        "one": "{n} point",
        "other": "{n} points"
      },
      "assess.answered": {
        "one": "{n} question répondue",
        "other": "{n} questions répondues"
      },
      "assess.total": "Votre score\u202f: {points} sur {highest} · {answered} sur {count}.",
      "assess.score": "Votre score\u202f: {points} sur {highest}.",
      "assess.remaining": {
        "one": "Répondez aux {count} questions pour connaître l'interprétation de votre score\u202f: il en reste une.",
        "other": "Répondez aux {count} questions pour connaître l'interprétation de votre score\u202f: il en reste {n}."
      },

      "tree.yourAnswers": "Vos réponses",
      "tree.change": "Modifier",
      "tree.changeWhich": " la réponse à «\u202f{question}\u202f»",
      "tree.question": "Question {n}",
      "tree.continue": "Continuer",
      "tree.choose": "Choisissez une réponse pour continuer.",
      "tree.print": "Imprimer cette recommandation",
      "tree.restart": "Recommencer",
      "tree.broken": "Le lien ouvert contenait une réponse qui n'existe plus dans cet arbre\u202f: reprenez à partir de la question ci-dessous.",

      "filter.toggle": "Filtrer",
      "filter.toggleCount": "Filtrer ({n})",
      "filter.anyDevice": "L'un de ces dispositifs\u202f: {names}",
      "filter.none": "Aucune étude de cas ne correspond à ces filtres ({total} au total).",
      "filter.all": {
        "one": "{n} étude de cas, toutes affichées.",
        "other": "{n} études de cas, toutes affichées."
      },
      "filter.some": {
        "one": "{n} étude de cas correspond à ces filtres, sur {total}.",
        "other": "{n} études de cas correspondent à ces filtres, sur {total}."
      },
      "filter.searching": "Recherche dans toutes les études de cas…",
      "filter.unavailable": "La liste de toutes les études de cas n'a pas pu être chargée\u202f: les filtres ne sont pas disponibles pour le moment. Cette page liste ses études de cas."
    },

    "en": {
      "date.months": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December"],
      "date.firstDay": "1",

      "checklist.storageNotice": "This browser cannot keep your ticks and notes (storage blocked, full or unreadable). You can carry on, but they will be lost when you close or reload the page. To keep them, use “Save (file)”.",
      "checklist.progress": "Progress: {ticked} / {total}",
      "checklist.untickAll": "Untick all",
      "checklist.notes": "Notes",
      "checklist.nothingTicked": "No box was ticked: nothing has changed.",
      "checklist.unticked": {
        "one": "{n} box unticked; your notes are kept.",
        "other": "{n} boxes unticked; your notes are kept."
      },
      "checklist.tickedAgain": {
        "one": "The box is ticked again.",
        "other": "The boxes are ticked again."
      },
      "checklist.undo": "Undo",
      "checklist.save": "Save (file)",
      "checklist.restore": "Restore (file)",
      "checklist.fileIntro": "Your ticks and notes stay in this browser. To pick them up on another computer or pass them to a colleague, save them to a file, then restore that file there.",
      "checklist.fileName": "checklists-guide-{date}.json",
      "checklist.fileRefused": "The file “{file}” could not be read: it is not a file saved with “Save (file)” from this guide. Your answers have not changed.",
      "checklist.restored": "Answers from “{file}” restored: {added}, {replaced}; {kept}.",
      "checklist.listsAdded": {
        "one": "{n} list added",
        "other": "{n} lists added"
      },
      "checklist.listsReplaced": {
        "one": "{n} list replaced",
        "other": "{n} lists replaced"
      },
      "checklist.listsKept": {
        "one": "{n} other list in this browser left as it was",
        "other": "{n} other lists in this browser left as they were"
      },
      "checklist.restoreUndone": "Restore undone: your answers are back as they were.",

      "stepnav.ticked": "{n} / {total} questions ticked",

      "print.button": "Print this list",
      "print.stepWord": "Step",
      "print.step": "{step}: {title}",
      "print.address": "Address: {address}",
      "print.printedOn": "Printed on {date}",

      "export.button": "Export your answers (CSV spreadsheet)",
      "export.help": "A file to open in Excel or LibreOffice: one row for each question on this page, with your ticks (“yes” or “no”) and your notes.",
      "export.separator": ",",
      "export.columnDomain": "Domain",
      "export.columnStep": "Step",
      "export.columnList": "List",
      "export.columnQuestion": "Question",
      "export.columnTicked": "Ticked",
      "export.columnNotes": "Notes for the list",
      "export.yes": "yes",
      "export.no": "no",
      "export.fileName": "answers-{name}-{date}.csv",
      "export.created": "File “{file}” created: {questions}, {ticked}.",
      "export.questions": {
        "one": "{n} question",
        "other": "{n} questions"
      },
      "export.ticked": "{n} ticked",

      "share.print": "Print",
      "share.share": "Share",
      "share.copy": "Copy link",
      "share.copied": "Link copied.",
      "share.selected": "The link is selected above: copy it with Ctrl+C (or Cmd+C).",
      "share.address": "Address of this page",
      "share.whatsapp": "Share on WhatsApp",
      "share.email": "Send by email",
      "share.linkedin": "Share on LinkedIn",
      "share.x": "Share on X",
      "share.facebook": "Share on Facebook",

      "assess.storage": "This browser does not allow your answers to be saved: they will be lost if you reload the page or close the tab. Remember to print the result.",
      "assess.corrupt": "The answers saved in this browser could not be read: the questionnaire starts again from scratch.",
      "assess.result": "Your result",
      "assess.print": "Print the result",
      "assess.restart": "Start again",
      "assess.points": {
        "one": "{n} point",
        "other": "{n} points"
      },
      "assess.answered": {
        "one": "{n} question answered",
        "other": "{n} questions answered"
      },
      "assess.total": "Your score: {points} out of {highest} · {answered} out of {count}.",
      "assess.score": "Your score: {points} out of {highest}.",
      "assess.remaining": {
        "one": "Answer all {count} questions to find out what your score means: one left.",
        "other": "Answer all {count} questions to find out what your score means: {n} left."
      },

      "tree.yourAnswers": "Your answers",
      "tree.change": "Change",
      "tree.changeWhich": " the answer to “{question}”",
      "tree.question": "Question {n}",
      "tree.continue": "Continue",
      "tree.choose": "Choose an answer to continue.",
      "tree.print": "Print this recommendation",
      "tree.restart": "Start again",
      "tree.broken": "The link you opened contained an answer that is no longer in this tree: carry on from the question below.",

      "filter.toggle": "Filter",
      "filter.toggleCount": "Filter ({n})",
      "filter.anyDevice": "Any of these: {names}",
      "filter.none": "No case study matches these filters ({total} in all).",
      "filter.all": {
        "one": "{n} case study, shown.",
        "other": "{n} case studies, all shown."
      },
      "filter.some": {
        "one": "{n} case study matches these filters, out of {total}.",
        "other": "{n} case studies match these filters, out of {total}."
      },
      "filter.searching": "Searching all the case studies…",
      "filter.unavailable": "The list of all the case studies could not be loaded: the filters are not available for now. This page lists its own case studies."
    }
  };

  function own(map, key) {
    return Object.prototype.hasOwnProperty.call(map, key);
  }

  GB.language = function () {
    var lang = (document.documentElement.getAttribute("lang") || "").toLowerCase();
    return lang === "en" || lang.indexOf("en-") === 0 ? "en" : "fr";
  };

  // French says « 0 case », « 1 case », « 2 cases »; English "0 boxes", "1 box", "2 boxes".
  function form(language, n) {
    if (language === "en") return n === 1 ? "one" : "other";
    return n > 1 ? "other" : "one";
  }

  function message(language, key) {
    var catalogue = GB.messages[language];
    if (own(catalogue, key)) return catalogue[key];
    return own(GB.messages.fr, key) ? GB.messages.fr[key] : null;
  }

  GB.t = function (key, values) {
    var language = GB.language();
    var text = message(language, key);
    values = values || {};
    if (text === null) return key;
    if (typeof text === "object") text = text[form(language, Number(values.n))];
    // One pass: a value holding « {…} » (a file's name) is never replaced in turn.
    return String(text).replace(/\{(\w+)\}/g, function (whole, name) {
      return own(values, name) ? String(values[name]) : whole;
    });
  };

  function dateIn(language, date) {
    var day = date.getDate();
    return (day === 1 ? message(language, "date.firstDay") : String(day)) + " " +
      message(language, "date.months")[date.getMonth()] + " " + date.getFullYear();
  }

  GB.date = function (date) {
    return dateIn(GB.language(), date);
  };

  GB.frenchDate = function (date) {
    return dateIn("fr", date);
  };
})();
