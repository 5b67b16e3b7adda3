/* Initiatives index: filters by country, domain, step, tag, year and words, kept in the address (to
   share a selection; Back returns to the previous one). The page lists every case study without
   JavaScript; this script only shows the form (rendered hidden) and hides the cards that do not match.
   Runs on every page change of Material's instant navigation; binds each form once. */
(function () {
  "use strict";
  if (window.gbInitiativesFilter) return;
  window.gbInitiativesFilter = true;

  // Not "q": Material opens its own search for an address with "?q=".
  var FIELDS = ["texte", "pays", "domaine", "etape", "mot-cle", "annee"];

  function fold(text) {
    return (text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function words(value) {
    return (value || "").split(/\s+/).filter(Boolean);
  }

  // What the text filter searches: the card as read, without the glossary tooltips it contains.
  function cardText(card) {
    if (card.gbText === undefined) {
      var copy = card.cloneNode(true);
      copy.querySelectorAll(".gb-gloss__tip").forEach(function (tip) { tip.remove(); });
      card.gbText = fold(copy.textContent + " " + (card.dataset.tags || "").split("|").join(" "));
    }
    return card.gbText;
  }

  function matches(card, chosen) {
    var data = card.dataset;
    if (chosen.pays && data.country !== chosen.pays) return false;
    if (chosen.domaine && words(data.domains).indexOf(chosen.domaine) < 0) return false;
    if (chosen.etape && words(data.steps).indexOf(chosen.etape) < 0) return false;
    if (chosen["mot-cle"] && (data.tags || "").split("|").indexOf(chosen["mot-cle"]) < 0) return false;
    if (chosen.annee) {
      var year = Number(chosen.annee);
      if (Number(data.yearStart) > year || (data.yearEnd && Number(data.yearEnd) < year)) return false;
    }
    var text = cardText(card);
    return words(fold(chosen.texte)).every(function (word) { return text.indexOf(word) >= 0; });
  }

  function chosenIn(form) {
    var chosen = {};
    FIELDS.forEach(function (name) {
      var field = form.elements[name];
      chosen[name] = field ? field.value.trim() : "";
    });
    return chosen;
  }

  function countText(shown, total) {
    if (shown === 0) return "Aucune étude de cas ne correspond à ces filtres (" + total + " au total).";
    if (shown === total) return total + (total > 1 ? " études de cas" : " étude de cas") + ", toutes affichées.";
    return shown + (shown > 1 ? " études de cas correspondent" : " étude de cas correspond") +
      " à ces filtres, sur " + total + ".";
  }

  function apply(form) {
    var list = document.getElementById(form.dataset.list);
    if (!list) return;
    var chosen = chosenIn(form);
    var cards = list.querySelectorAll(".gb-card");
    var shown = 0;
    cards.forEach(function (card) {
      var visible = matches(card, chosen);
      card.hidden = !visible;
      if (visible) shown += 1;
    });
    var count = document.getElementById("compte-initiatives");
    if (count) {
      var message = countText(shown, cards.length);
      if (count.textContent !== message) count.textContent = message;
      count.hidden = false;
    }
  }

  // Values from the address; one the form does not offer (an old shared link) is left out.
  function restore(form) {
    var params = new URLSearchParams(window.location.search);
    FIELDS.forEach(function (name) {
      var field = form.elements[name];
      if (!field) return;
      var value = params.get(name) || "";
      field.value = value;
      if (field.value !== value) field.value = "";
    });
  }

  function save(form, newEntry) {
    var params = new URLSearchParams();
    var chosen = chosenIn(form);
    FIELDS.forEach(function (name) {
      if (chosen[name]) params.set(name, chosen[name]);
    });
    var query = params.toString();
    var url = window.location.pathname + (query ? "?" + query : "") + window.location.hash;
    if (url === window.location.pathname + window.location.search + window.location.hash) return;
    if (newEntry) window.history.pushState(null, "", url);
    else window.history.replaceState(window.history.state, "", url);
  }

  function bind(form) {
    if (form.dataset.bound) return;
    form.dataset.bound = "true";
    var typing = false;
    restore(form);
    apply(form);
    form.hidden = false;
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    // Words typed make one history entry, not one per key.
    form.addEventListener("input", function (event) {
      if (event.target.name !== "texte") return;
      apply(form);
      save(form, !typing);
      typing = true;
    });
    form.addEventListener("change", function (event) {
      typing = false;
      if (event.target.name === "texte") return;
      apply(form);
      save(form, true);
    });
    form.addEventListener("reset", function () {
      typing = false;
      window.setTimeout(function () { apply(form); save(form, true); });
    });
  }

  function current() {
    return document.getElementById("filtres-initiatives");
  }

  window.addEventListener("popstate", function () {
    var form = current();
    if (form && form.dataset.bound) {
      restore(form);
      apply(form);
    }
  });

  function init() {
    var form = current();
    if (form) bind(form);
  }

  if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(init);
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
