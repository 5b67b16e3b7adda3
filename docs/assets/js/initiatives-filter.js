/* Initiatives index: filters by country, domain, step, tag, device, year and words, kept in the address (to
   share a selection; Back returns to the previous one). Without JavaScript each page of the index lists
   its case studies; this script shows the form (rendered hidden) and narrows the list.
   One page (data-complete absent): the cards that do not match are hidden.
   Several pages: the filters search every case study, from the list of all of them that the build writes
   as a script (initiatives_data.py), added only once a filter is chosen; the matches replace the page's
   slice and its page links, until the filters are cleared. The devices to choose from come from another
   script, added when the form is shown. Contributor text is only ever set as text (textContent).
   Runs on every page change of Material's instant navigation; binds each form once. */
(function () {
  "use strict";
  if (window.gbInitiativesFilter) return;
  window.gbInitiativesFilter = true;

  // Not "q": Material opens its own search for an address with "?q=".
  var FIELDS = ["texte", "pays", "domaine", "etape", "mot-cle", "dispositif", "annee"];
  var COMPLETE = "gbInitiatives";       // the global set by initiatives/liste-complete.js
  var DEVICES = "gbDevices";            // the global set by initiatives/dispositifs.js

  function fold(text) {
    return (text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function words(value) {
    return (value || "").split(/\s+/).filter(Boolean);
  }

  function tagList(value) {
    return (value || "").split("|").filter(Boolean);
  }

  // A case study as the filters see it, from a card of the page or from a record of the complete list.
  function fromCard(card) {
    if (!card.gbEntry) {
      var data = card.dataset;
      // What the text filter searches: the card as read, without the glossary tooltips it contains.
      var copy = card.cloneNode(true);
      copy.querySelectorAll(".gb-gloss__tip").forEach(function (tip) { tip.remove(); });
      card.gbEntry = {
        country: data.country, start: Number(data.yearStart), end: data.yearEnd ? Number(data.yearEnd) : null,
        steps: words(data.steps), domains: words(data.domains), tags: tagList(data.tags),
        devices: words(data.devices), text: fold(copy.textContent + " " + tagList(data.tags).join(" "))
      };
    }
    return card.gbEntry;
  }

  function fromRecord(record, complete) {
    if (!record.gbEntry) {
      var steps = record.s.map(function (index) { return complete.steps[index]; });
      record.gbEntry = {
        country: record.c, start: record.y[0], end: record.y[1], steps: steps,
        domains: steps.map(function (key) { return key.split("/")[0]; }), tags: record.k, devices: record.v,
        text: fold([record.t, record.p].concat(record.k).join(" "))
      };
    }
    return record.gbEntry;
  }

  function matches(entry, chosen) {
    if (chosen.pays && entry.country !== chosen.pays) return false;
    if (chosen.domaine && entry.domains.indexOf(chosen.domaine) < 0) return false;
    if (chosen.etape && entry.steps.indexOf(chosen.etape) < 0) return false;
    if (chosen["mot-cle"] && entry.tags.indexOf(chosen["mot-cle"]) < 0) return false;
    // « dispositif=a,b »: the case studies that use any of these devices (a decision-tree outcome's).
    if (chosen.dispositif && !chosen.dispositif.split(",").some(function (slug) {
      return entry.devices.indexOf(slug) >= 0;
    })) return false;
    if (chosen.annee) {
      var year = Number(chosen.annee);
      if (entry.start > year || (entry.end && entry.end < year)) return false;
    }
    return words(fold(chosen.texte)).every(function (word) { return entry.text.indexOf(word) >= 0; });
  }

  function chosenIn(form) {
    var chosen = {};
    FIELDS.forEach(function (name) {
      var field = form.elements[name];
      chosen[name] = field ? field.value.trim() : "";
    });
    return chosen;
  }

  function filtering(chosen) {
    return FIELDS.some(function (name) { return chosen[name]; });
  }

  function countText(shown, total) {
    if (shown === 0) return "Aucune étude de cas ne correspond à ces filtres (" + total + " au total).";
    if (shown === total) return total + (total > 1 ? " études de cas" : " étude de cas") + ", toutes affichées.";
    return shown + (shown > 1 ? " études de cas correspondent" : " étude de cas correspond") +
      " à ces filtres, sur " + total + ".";
  }

  function say(message) {
    var count = document.getElementById("compte-initiatives");
    if (!count) return;
    if (count.textContent !== message) count.textContent = message;
    count.hidden = false;
  }

  function byId(form, key) {
    return form.dataset[key] ? document.getElementById(form.dataset[key]) : null;
  }

  // One page: show the cards that match.
  function applyToCards(form, chosen) {
    var list = document.getElementById(form.dataset.list);
    if (!list) return;
    var cards = list.querySelectorAll(".gb-card");
    var shown = 0;
    cards.forEach(function (card) {
      var visible = matches(fromCard(card), chosen);
      card.hidden = !visible;
      if (visible) shown += 1;
    });
    say(countText(shown, cards.length));
  }

  // Several pages: the page's slice and page links without filters, every match across pages with them.
  function applyAcrossPages(form, chosen) {
    var list = document.getElementById(form.dataset.list);
    var pages = byId(form, "pages");
    var range = byId(form, "range");
    var results = resultsList(list);
    if (range) range.hidden = true;      // the count below says the same, and says it when it changes
    if (!filtering(chosen)) {
      showMatches(list, results, pages, false);
      say(range ? range.textContent : "");
      return;
    }
    var complete = window[COMPLETE];
    if (!complete) {
      say("Recherche dans toutes les études de cas…");
      load(form.dataset.complete, COMPLETE, function (loaded) {
        var shown = current();
        if (!shown || !shown.dataset.bound || !shown.dataset.complete) return;   // another page by now
        if (loaded) apply(shown);
        else say("La liste de toutes les études de cas n'a pas pu être chargée : les filtres ne sont pas " +
                 "disponibles pour le moment. Cette page liste ses études de cas.");
      });
      return;
    }
    var base = new URL(form.dataset.complete, window.location.href);
    var found = complete.items.filter(function (record) { return matches(fromRecord(record, complete), chosen); });
    var cards = document.createDocumentFragment();
    found.forEach(function (record) { cards.appendChild(cardFor(record, complete.address, base)); });
    results.replaceChildren(cards);
    showMatches(list, results, pages, true);
    say(countText(found.length, complete.items.length));
  }

  function showMatches(list, results, pages, filtered) {
    list.hidden = filtered;
    results.hidden = !filtered;
    if (pages) pages.hidden = filtered;
  }

  function resultsList(list) {
    var results = document.getElementById("resultats-initiatives");
    if (!results) {
      results = document.createElement("ul");
      results.className = "gb-cards";
      results.id = "resultats-initiatives";
      results.hidden = true;
      list.parentNode.insertBefore(results, list.nextSibling);
    }
    return results;
  }

  // A card like those of the pages, built as DOM nodes from a record: titles and places are contributor
  // text, set with textContent. Kept on the record, so each card is built once.
  function cardFor(record, address, base) {
    if (!record.gbCard) {
      var card = document.createElement("li");
      card.className = "gb-card";
      var title = document.createElement("p");
      title.className = "gb-card__title";
      var link = document.createElement("a");
      link.href = new URL(address.replace("slug", record.u), base).href;
      link.textContent = record.t;
      title.appendChild(link);
      var place = document.createElement("p");
      place.className = "gb-card__place";
      place.textContent = record.p;
      card.appendChild(title);
      card.appendChild(place);
      record.gbCard = card;
    }
    return record.gbCard;
  }

  // A script of the build that sets a global, added once (from a file, in the offline copy, a script
  // loads where a fetch fails); done(true) once it is there, done(false) if it could not be loaded.
  var waiting = {};

  function load(src, global, done) {
    if (window[global]) return done(true);
    if (waiting[global]) return waiting[global].push(done);
    waiting[global] = [done];
    var script = document.createElement("script");
    script.src = src;
    function finish() {
      var callbacks = waiting[global];
      delete waiting[global];
      if (!window[global]) script.remove();      // a later filter tries again
      callbacks.forEach(function (callback) { callback(Boolean(window[global])); });
    }
    script.onload = finish;
    script.onerror = finish;
    document.head.appendChild(script);
  }

  // Several pages: the devices' options, from their script (hundreds in a large guide, not in each page).
  function withDevices(form, done) {
    var field = form.elements.dispositif;
    if (!form.dataset.devices || !field || field.options.length > 1) return done();
    load(form.dataset.devices, DEVICES, function () {
      if (field.options.length === 1) {
        (window[DEVICES] || []).forEach(function (device) {
          var option = document.createElement("option");
          option.value = device[0];
          option.textContent = device[1];
          field.appendChild(option);
        });
      }
      done();
    });
  }

  function apply(form) {
    if (!document.getElementById(form.dataset.list)) return;
    if (form.dataset.complete) applyAcrossPages(form, chosenIn(form));
    else applyToCards(form, chosenIn(form));
  }

  // « dispositif=a,b » (from a decision-tree outcome) has no option of its own: one is added, named after
  // the devices the form offers; those it does not offer are left out.
  function offerDevices(field, value) {
    field.querySelectorAll("option[data-added]").forEach(function (option) { option.remove(); });
    if (value.indexOf(",") < 0) return value;
    var names = [], slugs = [];
    value.split(",").forEach(function (slug) {
      var option = Array.prototype.find.call(field.options, function (o) { return o.value === slug && slug; });
      if (option && slugs.indexOf(slug) < 0) { slugs.push(slug); names.push(option.textContent); }
    });
    if (slugs.length < 2) return slugs.join("");
    var added = document.createElement("option");
    added.value = slugs.join(",");
    added.textContent = "L'un de ces dispositifs : " + names.join(", ");
    added.dataset.added = "true";
    field.insertBefore(added, field.options[1] || null);
    return added.value;
  }

  // Values from the address; one the form does not offer (an old shared link) is left out.
  function restore(form) {
    var params = new URLSearchParams(window.location.search);
    FIELDS.forEach(function (name) {
      var field = form.elements[name];
      if (!field) return;
      var value = params.get(name) || "";
      if (name === "dispositif") value = offerDevices(field, value);
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
    // The commas of « dispositif=a,b » stay readable in the address.
    var query = params.toString().replace(/%2C/g, ",");
    var url = window.location.pathname + (query ? "?" + query : "") + window.location.hash;
    if (url === window.location.pathname + window.location.search + window.location.hash) return;
    if (newEntry) window.history.pushState(null, "", url);
    else window.history.replaceState(window.history.state, "", url);
  }

  function bind(form) {
    if (form.dataset.bound) return;
    form.dataset.bound = "true";
    var typing = false;
    withDevices(form, function () {
      restore(form);
      apply(form);
      form.hidden = false;
    });
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
