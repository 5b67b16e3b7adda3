/* Initiatives index, data: what the filters of a paginated index need and its page does not hold, from
   two scripts the build writes (macros/pages/initiatives_data.py), each setting a global: every case study as a
   compact record (window.gbInitiatives) and the devices to choose from (window.gbDevices). Each is added
   as a <script src> once needed, not fetched: the offline copy is opened from files (file://), where
   fetch and XMLHttpRequest fail but a script loads. Records hold contributor text, only ever set as text.
   GB.initiativesData:
     complete()               the list of every case study, or null while it is not loaded
     loadComplete(src, done)  done(true) once that list is there, done(false) if it could not be loaded
     loadDevices(src, done)   done([[slug, name], …]), empty if they could not be loaded
     caseStudy(record, steps) a record (macros/pages/initiatives_data.py: the one encoding of a case study,
                              on a card of a one-page index and in the list of all) as the filters read it:
                              {country, start, end, steps, domains, tags, devices, text}; `steps` is the
                              table its step numbers refer to
     card(record, src)        a card like those of the pages, for a record (src: the list's address) */
(function () {
  "use strict";
  if (!GB.once("initiatives-data")) return;
  var COMPLETE = "gbInitiatives";       // the global set by initiatives/liste-complete.js
  var DEVICES = "gbDevices";            // the global set by initiatives/dispositifs.js

  // A script of the build that sets a global, added once; done(true) once it is there, done(false) if it
  // could not be loaded.
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

  function complete() {
    return window[COMPLETE] || null;
  }

  // « city, country · years »: the city and the country in a <span lang="fr"> when the record says they
  // are still French (the years are the page's words), as on the cards of the pages.
  function place(record) {
    var node = GB.element("p", "gb-card__place");
    var end = record.p.lastIndexOf(" · ");
    if (end < 0 || !record.fr || record.fr.indexOf("p") < 0) {
      node.textContent = record.p;
    } else {
      node.appendChild(GB.french(GB.element("span", "", record.p.slice(0, end)), record, "p"));
      node.appendChild(document.createTextNode(record.p.slice(end)));
    }
    return node;
  }

  GB.initiativesData = {
    complete: complete,

    loadComplete: function (src, done) {
      load(src, COMPLETE, done);
    },

    loadDevices: function (src, done) {
      load(src, DEVICES, function () { done(window[DEVICES] || []); });
    },

    // A record names its steps by their place in the list's "steps"; its domains are those of its steps.
    caseStudy: function (record, table) {
      var steps = record.s.map(function (index) { return table[index]; });
      return {
        country: record.c, start: record.y[0], end: record.y[1], steps: steps,
        domains: steps.map(function (key) { return key.split("/")[0]; }), tags: record.k, devices: record.v,
        text: [record.t, record.p].concat(record.k).join(" ")
      };
    },

    // Titles and places are contributor text, set with textContent. Kept on the record: built once. The
    // list's "address" holds « slug » in place of the record's, relative to the list's own address.
    card: function (record, src) {
      if (!record.gbCard) {
        var card = GB.element("li", "gb-card");
        var title = GB.element("p", "gb-card__title");
        var link = GB.french(GB.element("a", "", record.t), record, "t");
        link.href = new URL(complete().address.replace("slug", record.u), new URL(src, window.location.href)).href;
        title.appendChild(link);
        card.appendChild(title);
        card.appendChild(place(record));
        record.gbCard = card;
      }
      return record.gbCard;
    }
  };
})();
