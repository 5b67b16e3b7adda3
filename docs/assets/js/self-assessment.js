/* Autodiagnostic : fait du questionnaire noté (liste de questions, de réponses et de points, lisible
   sans JavaScript) un formulaire : boutons radio, total en direct, tranche correspondante avec ses
   liens, impression, réponses gardées dans le navigateur. Une seule tâche, sur le socle commun (core.js). */
(function () {
  "use strict";
  // Material's instant navigation does not run this file again, but a second copy must not bind twice.
  if (!GB.once("self-assessment")) return;

  // Bump when the stored shape changes: older entries are then ignored instead of misread.
  var VERSION = 1;
  var list = GB.all;
  var element = GB.element;

  function points(n) { return GB.t("assess.points", { n: n }); }

  function storageKey(slug) { return "guide-numerique:autodiagnostic:v" + VERSION + ":" + slug; }

  // Storage blocked or full: the answers live in memory (GB.storage) as long as the page stays open. The
  // stored text can also be corrupt or from another version.
  function readSaved(key) {
    var saved = GB.storage.read(key);
    var data = saved.value;
    var valid = data && data.version === VERSION && data.answers && typeof data.answers === "object" &&
      !Array.isArray(data.answers);
    if (saved.problem === "storage") return { answers: valid ? data.answers : {}, problem: "storage" };
    if (data === null && !saved.problem) return { answers: {}, problem: null };
    return valid ? { answers: data.answers, problem: null } : { answers: {}, problem: "corrupt" };
  }

  // No answer left: nothing is kept.
  function save(key, answers) {
    return GB.storage.write(key, Object.keys(answers).length ? { version: VERSION, answers: answers } : null);
  }

  function setup(root) {
    if (!GB.claim(root, "data-ready")) return;
    var slug = root.getAttribute("data-assessment");
    var key = storageKey(slug);
    var highest = Number(root.getAttribute("data-highest"));
    var questions = list(".gb-assess__question", root);
    var scope = root.closest("article") || document;
    var bands = list(".gb-assess__bands .gb-assess__band", scope).filter(function (band) {
      return band.closest(".gb-assess__bands").getAttribute("data-assessment") === slug;
    });

    questions.forEach(function (question) {
      var qid = question.getAttribute("data-question");
      list(".gb-assess__answer", question).forEach(function (answer) {
        if (answer.querySelector("input")) return;
        var id = "reponse-" + slug + "-" + qid + "-" + answer.getAttribute("data-answer");
        var input = element("input");
        input.type = "radio";
        input.name = "autodiagnostic-" + slug + "-" + qid;
        input.id = id;
        input.value = answer.getAttribute("data-answer");
        // The label is in the page already (a label keeps glossary links out of the clickable text).
        var label = answer.querySelector("label");
        label.htmlFor = id;
        answer.insertBefore(input, label);
      });
    });

    var notice = element("p", "gb-assess__notice");
    notice.setAttribute("role", "status");
    root.insertBefore(notice, root.firstChild);
    var total = element("p", "gb-assess__total");
    total.setAttribute("role", "status");
    root.appendChild(total);

    var result = element("section", "gb-assess__result");
    var headingId = "resultat-" + slug;
    result.setAttribute("aria-labelledby", headingId);
    var heading = element("h2", null, GB.t("assess.result"));
    heading.id = headingId;
    var outcome = element("div", "gb-assess__outcome");
    var actions = element("p", "gb-assess__actions");
    var print = GB.button(GB.t("assess.print"), "md-button md-button--primary", function () { window.print(); });
    var restart = GB.button(GB.t("assess.restart"), "md-button");
    actions.appendChild(print);
    actions.appendChild(restart);
    result.appendChild(heading);
    result.appendChild(outcome);
    result.appendChild(actions);
    root.parentNode.insertBefore(result, root.nextSibling);

    function tell(problem) {
      if (problem && !notice.textContent) notice.textContent = GB.t("assess." + problem);
    }

    function chosenAnswers() {
      var answers = {};
      questions.forEach(function (question) {
        var chosen = question.querySelector("input:checked");
        if (chosen) answers[question.getAttribute("data-question")] = chosen.value;
      });
      return answers;
    }

    var shownBand;
    function update() {
      var score = 0;
      var answered = 0;
      questions.forEach(function (question) {
        var chosen = question.querySelector("input:checked");
        question.classList.toggle("is-answered", Boolean(chosen));
        list(".gb-assess__answer", question).forEach(function (answer) {
          answer.classList.toggle("is-chosen", Boolean(chosen) && answer.contains(chosen));
        });
        if (chosen) {
          answered += 1;
          score += Number(chosen.closest(".gb-assess__answer").getAttribute("data-score"));
        }
      });
      var count = questions.length;
      total.textContent = GB.t("assess.total", { points: points(score), highest: highest,
        answered: GB.t("assess.answered", { n: answered }), count: count });
      var band = null;
      if (answered === count) {
        band = bands.filter(function (b) {
          return score >= Number(b.getAttribute("data-min")) && score <= Number(b.getAttribute("data-max"));
        })[0] || null;
      }
      bands.forEach(function (b) { b.classList.toggle("gb-assess__band--current", b === band); });
      root.classList.toggle("gb-assess--done", Boolean(band));
      result.classList.toggle("gb-assess__result--done", Boolean(band));
      var shown = band ? band.getAttribute("data-band") + ":" + score : "reste:" + (count - answered);
      if (shown === shownBand) return;
      shownBand = shown;
      outcome.textContent = "";
      if (band) {
        outcome.appendChild(element("p", "gb-assess__score",
                                    GB.t("assess.score", { points: points(score), highest: highest })));
        // The band's heading as the page has it: a title still French keeps its mark (English edition).
        var title = GB.copyWithoutIds(band.querySelector(".gb-assess__band-title"));
        title.className = "gb-assess__outcome-title";
        outcome.appendChild(title);
        outcome.appendChild(GB.copyWithoutIds(band.querySelector(".gb-assess__band-body"), "-resultat"));
      } else {
        outcome.appendChild(element("p", null, GB.t("assess.remaining", { n: count - answered, count: count })));
      }
    }

    var saved = readSaved(key);
    tell(saved.problem);
    questions.forEach(function (question) {
      var wanted = saved.answers[question.getAttribute("data-question")];
      list("input[type=radio]", question).forEach(function (input) {
        input.checked = input.value === wanted;
      });
    });
    update();

    root.addEventListener("change", function () {
      if (!save(key, chosenAnswers())) tell("storage");
      update();
    });
    restart.addEventListener("click", function () {
      list("input[type=radio]", root).forEach(function (input) { input.checked = false; });
      if (!save(key, {})) tell("storage");
      update();
      var first = root.querySelector("input[type=radio]");
      if (first) first.focus();
    });
  }

  GB.onPage(function () {
    list(".gb-assess[data-assessment]").forEach(setup);
  });
})();
