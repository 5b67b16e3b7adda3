/* Decision tree (/arbre-de-decision/): one question at a time, the answers given so far with
 * « Modifier », « Recommencer », and the path kept in the address (?r=answer,answer,…) so that a result
 * can be shared and the Back button steps back through the questions.
 *
 * Without JavaScript the page shows the whole tree as nested questions followed by every outcome; this
 * script hides the nested view, reveals the widget and shows only the outcome reached. The tree comes
 * from <script type="application/json">, read with JSON.parse; the DOM is built with textContent only.
 */
(function () {
  "use strict";

  if (!GB.once("decision-tree")) return;   // loaded twice: one set of listeners is enough

  var PARAM = "r";
  var active = null;                     // the widget of the page on screen, for Back and Forward

  var make = GB.element;

  function own(map, key) {
    return Object.prototype.hasOwnProperty.call(map, key) ? map[key] : null;
  }

  function answerIds() {
    var raw = new URLSearchParams(window.location.search).get(PARAM);
    return raw ? raw.split(",") : [];
  }

  // Answer ids are slugs ([a-z0-9-]), so the list needs no encoding and stays readable when shared.
  function addressFor(ids) {
    var params = new URLSearchParams(window.location.search);
    params.delete(PARAM);
    var query = params.toString();
    if (ids.length) query += (query ? "&" : "") + PARAM + "=" + ids.join(",");
    return window.location.pathname + (query ? "?" + query : "");
  }

  /* The answers in the address, followed from the start as far as they make sense. */
  function walk(tree, ids) {
    var steps = [];
    var node = tree.start;
    for (var i = 0; i < ids.length; i++) {
      var question = own(tree.questions, node);
      var answer = question && question.answers.filter(function (a) { return a.id === ids[i]; })[0];
      if (!answer) return { steps: steps, node: node, broken: true };
      steps.push({ id: node, question: question, answer: answer });
      node = answer.next;
    }
    return { steps: steps, node: node, broken: false };
  }

  /* The answers that lead from the start to a node (the tree has no loop: the build checks it). */
  function pathTo(tree, target) {
    function from(node, ids) {
      if (node === target) return ids;
      var question = own(tree.questions, node);
      if (!question) return null;
      for (var i = 0; i < question.answers.length; i++) {
        var found = from(question.answers[i].next, ids.concat(question.answers[i].id));
        if (found) return found;
      }
      return null;
    }
    return from(tree.start, []);
  }

  function go(widget, ids) {
    window.history.pushState(null, "", addressFor(ids));
    render(widget, true);
  }

  function summary(widget, steps) {
    var section = make("section", "gb-tree__summary");
    section.setAttribute("aria-labelledby", "arbre-vos-reponses");
    var title = make("h2", "gb-tree__summary-title", GB.t("tree.yourAnswers"));
    title.id = "arbre-vos-reponses";
    var list = make("dl", "gb-tree__given");
    steps.forEach(function (step, index) {
      var row = make("div", "gb-tree__given-row");
      row.appendChild(GB.french(make("dt", null, step.question.text), step.question, "text"));
      row.appendChild(GB.french(make("dd", "gb-tree__given-answer", step.answer.label), step.answer, "label"));
      var change = make("dd", "gb-tree__change");
      var modify = GB.button(GB.t("tree.change"), "gb-tree__modify", function () {
        widget.preselect = { question: step.id, answer: step.answer.id };
        go(widget, steps.slice(0, index).map(function (s) { return s.answer.id; }));
      });
      modify.appendChild(make("span", "gb-tree__hidden", GB.t("tree.changeWhich", { question: step.question.text })));
      change.appendChild(modify);
      row.appendChild(change);
      list.appendChild(row);
    });
    section.appendChild(title);
    section.appendChild(list);
    return section;
  }

  function questionForm(widget, state, question) {
    var form = make("form", "gb-tree__form");
    form.noValidate = true;
    var fieldset = make("fieldset", "gb-tree__fieldset");
    var legend = make("legend", "gb-tree__legend");
    legend.appendChild(make("span", "gb-tree__number", GB.t("tree.question", { n: state.steps.length + 1 })));
    legend.appendChild(GB.french(make("h2", "gb-tree__question-title", question.text), question, "text"));
    fieldset.appendChild(legend);
    var described = [];
    if (question.help) {
      var help = GB.french(make("p", "gb-tree__help", question.help), question, "help");
      help.id = "arbre-aide";
      described.push(help.id);
      fieldset.appendChild(help);
    }
    var error = make("p", "gb-tree__error");
    error.id = "arbre-erreur";
    error.setAttribute("role", "alert");
    fieldset.appendChild(error);
    question.answers.forEach(function (answer, index) {
      var choice = make("div", "gb-tree__choice");
      var input = make("input");
      input.type = "radio";
      input.name = "arbre-reponse";
      input.id = "arbre-reponse-" + index;
      input.value = answer.id;
      var pre = widget.preselect;
      input.checked = Boolean(pre && pre.question === state.node && pre.answer === answer.id);
      var label = GB.french(make("label", null, answer.label), answer, "label");
      label.htmlFor = input.id;
      choice.appendChild(input);
      choice.appendChild(label);
      fieldset.appendChild(choice);
    });
    widget.preselect = null;
    if (described.length) fieldset.setAttribute("aria-describedby", described.join(" "));
    form.appendChild(fieldset);
    var submit = make("button", "md-button md-button--primary gb-tree__continue", GB.t("tree.continue"));
    submit.type = "submit";
    form.appendChild(submit);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var chosen = form.querySelector("input[name=arbre-reponse]:checked");
      if (!chosen) {
        error.textContent = GB.t("tree.choose");
        fieldset.setAttribute("aria-describedby", described.concat(error.id).join(" "));
        form.querySelector("input[name=arbre-reponse]").focus();
        return;
      }
      go(widget, state.steps.map(function (s) { return s.answer.id; }).concat(chosen.value));
    });
    return form;
  }

  function controls(widget, state, atOutcome) {
    var bar = make("p", "gb-tree__controls");
    if (atOutcome) {
      bar.appendChild(GB.button(GB.t("tree.print"), "md-button md-button--primary",
                                function () { window.print(); }));
    }
    if (state.steps.length) {
      bar.appendChild(GB.button(GB.t("tree.restart"), "md-button", function () { go(widget, []); }));
    }
    return bar;
  }

  /* Shows the outcome with this id (none when null) and returns its heading. */
  function showOutcome(widget, id) {
    var heading = null;
    widget.outcomes.hidden = !id;
    widget.outcomes.querySelectorAll(".gb-outcome").forEach(function (section) {
      section.hidden = section.getAttribute("data-node") !== id;
      if (!section.hidden) heading = section.querySelector(".gb-outcome__title");
    });
    return heading;
  }

  function render(widget, moveFocus) {
    var state = walk(widget.tree, answerIds());
    var app = widget.app;
    while (app.firstChild) app.removeChild(app.firstChild);
    if (state.broken) {
      window.history.replaceState(window.history.state, "",
                                  addressFor(state.steps.map(function (s) { return s.answer.id; })));
      var notice = make("p", "gb-tree__notice", GB.t("tree.broken"));
      notice.setAttribute("role", "status");
      app.appendChild(notice);
    }
    if (state.steps.length) app.appendChild(summary(widget, state.steps));
    var question = own(widget.tree.questions, state.node);
    var heading;
    if (question) {
      var form = questionForm(widget, state, question);
      app.appendChild(form);
      heading = form.querySelector("h2");
    }
    var outcomeHeading = showOutcome(widget, question ? null : state.node);
    heading = heading || outcomeHeading;
    var bar = controls(widget, state, !question);
    if (bar.firstChild) app.appendChild(bar);
    if (moveFocus && heading) {
      heading.setAttribute("tabindex", "-1");
      heading.focus();
    }
  }

  function setup(root, moveFocus) {
    // After an instant navigation, Material has re-created the script without its id: it is still the
    // script inside the widget's element.
    var source = document.getElementById(root.getAttribute("data-tree")) || root.querySelector(":scope > script");
    var tree;
    try {
      tree = JSON.parse(source.textContent)[0];
    } catch (error) {
      return null;   // the nested view stays, readable as without JavaScript
    }
    var widget = {
      root: root, tree: tree, pathname: window.location.pathname, preselect: null,
      app: root.querySelector(".gb-tree__app"),
      map: root.querySelector(".gb-tree__map"),
      outcomes: root.querySelector(".gb-tree__outcomes")
    };
    root.querySelector(".gb-tree__outcomes-title").hidden = true;
    widget.map.hidden = true;
    widget.app.hidden = false;
    // A link into the nested view (#resultat-…, #question-…) opens the path that leads there.
    if (!answerIds().length && window.location.hash) {
      var target = null;
      try {
        target = document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
      } catch (error) {
        target = null;   // a malformed address: start from the first question
      }
      var holder = target && target.closest("[data-node]");
      var ids = holder && pathTo(tree, holder.getAttribute("data-node"));
      if (ids && ids.length) window.history.replaceState(window.history.state, "", addressFor(ids));
    }
    render(widget, moveFocus);
    return widget;
  }

  function init() {
    var previous = active;
    active = null;
    document.querySelectorAll(".gb-tree[data-tree]").forEach(function (root) {
      if (previous && previous.root === root) {
        active = previous;   // the same page announced twice: already set up
        return;
      }
      // On the first Back after arriving on the page, Material fetches a fresh copy of it: the reader
      // was answering, so focus goes to the question or outcome as it does without that copy.
      var again = Boolean(previous && previous.pathname === window.location.pathname);
      active = setup(root, again) || active;
    });
  }

  window.addEventListener("popstate", function () {
    if (active && document.body.contains(active.root) && window.location.pathname === active.pathname) {
      render(active, true);
    }
  });

  GB.onPage(init);   // Material's instant navigation: runs on every page shown
})();
