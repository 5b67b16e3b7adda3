/* Initiatives index, filtering: by country, domain, step, tag, device, year and words. Without JavaScript
   each page of the index lists its case studies; this script shows the form (rendered hidden) and narrows
   the list.
   One page (data-complete absent): the cards that do not match are hidden.
   Several pages: the filters search every case study, from the list of all of them (initiatives-data.js),
   added only once a filter is chosen; the matches replace the page's slice and its page links, until the
   filters are cleared. The devices to choose from are added when the form is shown.
   The filters chosen are kept in the address (initiatives-address.js).
   On a phone the form folds behind a button « Filtrer (n) », n the number of filters chosen; on a wider
   screen the button is not shown and the form stays open (initiatives-filter.css).
   Runs on every page change of Material's instant navigation; binds each form once. */
(function () {
  "use strict";
  if (!GB.once("initiatives-filter")) return;

  function fold(text) {
    return (text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function words(value) {
    return (value || "").split(/\s+/).filter(Boolean);
  }

  // The names of the address's parameters, which are those of the form's fields (macros/addresses.py).
  function parameters(form) {
    return JSON.parse(form.dataset.parameters);
  }

  // A case study as the filters see it, kept on its card or record: its text folded once.
  function entryOf(holder, read) {
    if (!holder.gbEntry) {
      var entry = read();
      entry.text = fold(entry.text);
      holder.gbEntry = entry;
    }
    return holder.gbEntry;
  }

  // A card of a one-page index carries its record; the text filter also searches what the card shows
  // (its lede), without the glossary tooltips it contains.
  function fromCard(card, table) {
    return entryOf(card, function () {
      var entry = GB.initiativesData.caseStudy(JSON.parse(card.dataset.record), table);
      var copy = card.cloneNode(true);
      copy.querySelectorAll(".gb-gloss__tip").forEach(function (tip) { tip.remove(); });
      entry.text += " " + copy.textContent;
      return entry;
    });
  }

  function fromRecord(record) {
    return entryOf(record, function () {
      return GB.initiativesData.caseStudy(record, GB.initiativesData.complete().steps);
    });
  }

  // chosen: {role: value}, roles being the keys of the parameters (country, domain, step…).
  function matches(entry, chosen) {
    if (chosen.country && entry.country !== chosen.country) return false;
    if (chosen.domain && entry.domains.indexOf(chosen.domain) < 0) return false;
    if (chosen.step && entry.steps.indexOf(chosen.step) < 0) return false;
    if (chosen.tag && entry.tags.indexOf(chosen.tag) < 0) return false;
    // « a,b » for devices: the case studies that use any of these devices (a decision-tree outcome's).
    if (chosen.device && !chosen.device.split(",").some(function (slug) {
      return entry.devices.indexOf(slug) >= 0;
    })) return false;
    if (chosen.year) {
      var year = Number(chosen.year);
      if (entry.start > year || (entry.end && entry.end < year)) return false;
    }
    return words(fold(chosen.text)).every(function (word) { return entry.text.indexOf(word) >= 0; });
  }

  function chosenIn(form) {
    var chosen = {}, names = parameters(form);
    Object.keys(names).forEach(function (role) {
      var field = form.elements[names[role]];
      chosen[role] = field ? field.value.trim() : "";
    });
    return chosen;
  }

  function filtering(chosen) {
    return Object.keys(chosen).some(function (name) { return chosen[name]; });
  }

  function countText(shown, total) {
    if (shown === 0) return GB.t("filter.none", { total: total });
    if (shown === total) return GB.t("filter.all", { n: total });
    return GB.t("filter.some", { n: shown, total: total });
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
    var table = JSON.parse(form.dataset.steps || "[]");
    var shown = 0;
    cards.forEach(function (card) {
      var visible = matches(fromCard(card, table), chosen);
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
    var data = GB.initiativesData;
    var complete = data.complete();
    if (!complete) {
      say(GB.t("filter.searching"));
      data.loadComplete(form.dataset.complete, function (loaded) {
        var shown = current();
        if (!shown || !shown.hasAttribute("data-bound") || !shown.dataset.complete) return;   // another page by now
        if (loaded) apply(shown);
        else say(GB.t("filter.unavailable"));
      });
      return;
    }
    var found = complete.items.filter(function (record) { return matches(fromRecord(record), chosen); });
    var cards = document.createDocumentFragment();
    found.forEach(function (record) { cards.appendChild(data.card(record, form.dataset.complete)); });
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
      results = GB.element("ul", "gb-cards");
      results.id = "resultats-initiatives";
      results.hidden = true;
      list.parentNode.insertBefore(results, list.nextSibling);
    }
    return results;
  }

  // Several pages: the devices' options, from their script (hundreds in a large guide, not in each page).
  function withDevices(form, done) {
    var field = form.elements[parameters(form).device];
    if (!form.dataset.devices || !field || field.options.length > 1) return done();
    GB.initiativesData.loadDevices(form.dataset.devices, function (devices) {
      if (field.options.length === 1) {
        devices.forEach(function (device) {
          var option = GB.element("option", "", device[1]);
          option.value = device[0];
          if (device[2] === "fr") option.lang = "fr";     // a name still French (initiatives_data.devices)
          field.appendChild(option);
        });
      }
      done();
    });
  }

  function apply(form) {
    if (!document.getElementById(form.dataset.list)) return;
    var chosen = chosenIn(form);
    if (form.dataset.complete) applyAcrossPages(form, chosen);
    else applyToCards(form, chosen);
    if (form.gbToggle) form.gbToggle.textContent = toggleText(chosen);
  }

  function toggleText(chosen) {
    var count = Object.keys(chosen).filter(function (name) { return chosen[name]; }).length;
    return count ? GB.t("filter.toggleCount", { n: count }) : GB.t("filter.toggle");
  }

  // The button that opens and folds the form on a phone, put before it; folded at first.
  function foldable(form) {
    var toggle = GB.button(GB.t("filter.toggle"), "md-button gb-filters__toggle");
    toggle.setAttribute("aria-controls", form.id);
    toggle.setAttribute("aria-expanded", "false");
    form.classList.add("gb-filters--folded");
    toggle.addEventListener("click", function () {
      var folded = form.classList.toggle("gb-filters--folded");
      toggle.setAttribute("aria-expanded", String(!folded));
    });
    form.parentNode.insertBefore(toggle, form);
    form.gbToggle = toggle;
  }

  function bind(form) {
    if (!GB.claim(form, "data-bound")) return;
    var address = GB.initiativesAddress;
    var typing = false;
    withDevices(form, function () {
      foldable(form);
      address.restore(form);
      apply(form);
      form.hidden = false;
    });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    // Words typed make one history entry, not one per key.
    var text = parameters(form).text;
    form.addEventListener("input", function (event) {
      if (event.target.name !== text) return;
      apply(form);
      address.save(form, chosenIn(form), !typing);
      typing = true;
    });
    form.addEventListener("change", function (event) {
      typing = false;
      if (event.target.name === text) return;
      apply(form);
      address.save(form, chosenIn(form), true);
    });
    form.addEventListener("reset", function () {
      typing = false;
      window.setTimeout(function () { apply(form); address.save(form, chosenIn(form), true); });
    });
  }

  function current() {
    return document.getElementById("filtres-initiatives");
  }

  // Back and Forward: the filters of the address they arrive at.
  window.addEventListener("popstate", function () {
    var form = current();
    if (form && form.hasAttribute("data-bound")) {
      GB.initiativesAddress.restore(form);
      apply(form);
    }
  });

  GB.onPage(function () {
    var form = current();
    if (form) bind(form);
  });
})();
