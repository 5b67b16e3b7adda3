/* Autodiagnostic : fait du questionnaire noté (liste de questions, de réponses et de points, lisible
   sans JavaScript) un formulaire : boutons radio, total en direct, tranche correspondante avec ses
   liens, impression, réponses gardées dans le navigateur. Une seule tâche, aucun autre script requis. */
(function () {
  "use strict";
  // Material's instant navigation does not run this file again, but a second copy must not bind twice.
  if (window.guideSelfAssessment) return;
  window.guideSelfAssessment = true;

  // Bump when the stored shape changes: older entries are then ignored instead of misread.
  var VERSION = 1;
  var memory = {};          // answers kept here when the browser refuses localStorage
  var storageBroken = false;

  function list(nodes) { return Array.prototype.slice.call(nodes); }

  function points(n) { return n + (n > 1 ? " points" : " point"); }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  // The band appears a second time in the result: its copy must not repeat the original's ids (the
  // glossary's tooltips have some), nor point its aria references at the original.
  function copyWithoutIds(node, suffix) {
    var copy = node.cloneNode(true);
    var renamed = {};
    list(copy.querySelectorAll("[id]")).forEach(function (el) {
      renamed[el.id] = el.id + suffix;
      el.id = renamed[el.id];
    });
    list(copy.querySelectorAll("[aria-describedby], [aria-labelledby]")).forEach(function (el) {
      ["aria-describedby", "aria-labelledby"].forEach(function (name) {
        var refs = el.getAttribute(name);
        if (!refs) return;
        el.setAttribute(name, refs.split(/\s+/).map(function (ref) { return renamed[ref] || ref; }).join(" "));
      });
    });
    return copy;
  }

  function storageKey(slug) { return "guide-numerique:autodiagnostic:v" + VERSION + ":" + slug; }

  // Reading can throw (storage blocked) and the stored text can be corrupt or from another version.
  function readSaved(key) {
    var raw = null;
    if (!storageBroken) {
      try { raw = window.localStorage.getItem(key); } catch (error) { storageBroken = true; }
    }
    if (storageBroken) return { answers: memory[key] || {}, problem: "storage" };
    if (raw === null) return { answers: {}, problem: null };
    try {
      var data = JSON.parse(raw);
      if (data && data.version === VERSION && data.answers && typeof data.answers === "object" &&
          !Array.isArray(data.answers)) {
        return { answers: data.answers, problem: null };
      }
    } catch (error) { /* reported below */ }
    return { answers: {}, problem: "corrupt" };
  }

  // Writing can throw too (quota, private mode): from then on the answers live in memory only.
  function save(key, answers) {
    memory[key] = answers;
    if (storageBroken) return false;
    try {
      if (Object.keys(answers).length) {
        window.localStorage.setItem(key, JSON.stringify({ version: VERSION, answers: answers }));
      } else {
        window.localStorage.removeItem(key);
      }
      return true;
    } catch (error) {
      storageBroken = true;
      return false;
    }
  }

  var NOTICES = {
    storage: "Ce navigateur n'autorise pas l'enregistrement de vos réponses : elles seront perdues si vous " +
             "rechargez la page ou fermez l'onglet. Pensez à imprimer le résultat.",
    corrupt: "Les réponses enregistrées dans ce navigateur étaient illisibles : le questionnaire repart de zéro."
  };

  function setup(root) {
    if (root.getAttribute("data-ready") === "1") return;
    root.setAttribute("data-ready", "1");
    var slug = root.getAttribute("data-assessment");
    var key = storageKey(slug);
    var highest = Number(root.getAttribute("data-highest"));
    var questions = list(root.querySelectorAll(".gb-assess__question"));
    var scope = root.closest("article") || document;
    var bands = list(scope.querySelectorAll(".gb-assess__bands .gb-assess__band")).filter(function (band) {
      return band.closest(".gb-assess__bands").getAttribute("data-assessment") === slug;
    });

    questions.forEach(function (question) {
      var qid = question.getAttribute("data-question");
      list(question.querySelectorAll(".gb-assess__answer")).forEach(function (answer) {
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
    var heading = element("h2", null, "Votre résultat");
    heading.id = headingId;
    var outcome = element("div", "gb-assess__outcome");
    var actions = element("p", "gb-assess__actions");
    var print = element("button", "md-button md-button--primary", "Imprimer le résultat");
    var restart = element("button", "md-button", "Recommencer");
    print.type = restart.type = "button";
    actions.appendChild(print);
    actions.appendChild(restart);
    result.appendChild(heading);
    result.appendChild(outcome);
    result.appendChild(actions);
    root.parentNode.insertBefore(result, root.nextSibling);

    function tell(problem) {
      if (problem && !notice.textContent) notice.textContent = NOTICES[problem];
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
        list(question.querySelectorAll(".gb-assess__answer")).forEach(function (answer) {
          answer.classList.toggle("is-chosen", Boolean(chosen) && answer.contains(chosen));
        });
        if (chosen) {
          answered += 1;
          score += Number(chosen.closest(".gb-assess__answer").getAttribute("data-score"));
        }
      });
      var count = questions.length;
      total.textContent = "Votre score : " + points(score) + " sur " + highest + " · " + answered +
        (answered > 1 ? " questions répondues" : " question répondue") + " sur " + count + ".";
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
        outcome.appendChild(element("p", "gb-assess__score", "Votre score : " + points(score) + " sur " + highest + "."));
        outcome.appendChild(element("h3", "gb-assess__outcome-title",
                                    band.querySelector(".gb-assess__band-title").textContent));
        outcome.appendChild(copyWithoutIds(band.querySelector(".gb-assess__band-body"), "-resultat"));
      } else {
        var left = count - answered;
        outcome.appendChild(element("p", null, "Répondez aux " + count + " questions pour connaître " +
          "l'interprétation de votre score : " + (left > 1 ? "il en reste " + left + "." : "il en reste une.")));
      }
    }

    var saved = readSaved(key);
    tell(saved.problem);
    questions.forEach(function (question) {
      var wanted = saved.answers[question.getAttribute("data-question")];
      list(question.querySelectorAll("input[type=radio]")).forEach(function (input) {
        input.checked = input.value === wanted;
      });
    });
    update();

    root.addEventListener("change", function () {
      if (!save(key, chosenAnswers())) tell("storage");
      update();
    });
    print.addEventListener("click", function () { window.print(); });
    restart.addEventListener("click", function () {
      list(root.querySelectorAll("input[type=radio]")).forEach(function (input) { input.checked = false; });
      if (!save(key, {})) tell("storage");
      update();
      var first = root.querySelector("input[type=radio]");
      if (first) first.focus();
    });
  }

  function init() {
    list(document.querySelectorAll(".gb-assess[data-assessment]")).forEach(setup);
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
