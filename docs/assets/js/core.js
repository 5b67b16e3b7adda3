/* What the guide's scripts share, as one global object, window.GB. Loaded first of extra_javascript (the
 * body scripts run in their order); plain script, no module: the offline copy is opened from a file,
 * where modules do not load.
 *   GB.onPage(fn)      fn runs for each page shown: once per load, and after each instant navigation of
 *                      Material (its document$), or once at DOMContentLoaded when document$ is absent.
 *   GB.once(name)      true the first time only: a script loaded twice binds its listeners once.
 *   GB.claim(node, a)  true the first time only for this element (marks it with the attribute a).
 *   GB.element, GB.button, GB.all, GB.part, GB.idFor, GB.copyWithoutIds: building the DOM.
 *   GB.french(node, record, name)  node, marked lang="fr" when the record says its text `name` is still
 *                      French (its "fr" list, in the English edition: macros/pages/render.py, french_fields).
 *   GB.storage         the browser's storage, JSON values, with a copy in memory when it fails.
 * Every text shown to a reader, and dates, come from messages.js, loaded next (GB.t, GB.date).
 */
(function () {
  "use strict";
  if (window.GB) return;
  var GB = window.GB = {};

  GB.onPage = function (fn) {
    function run() { fn(); }
    if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(run);
    else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", run);
    else run();
  };

  var done = {};
  GB.once = function (name) {
    if (done[name]) return false;
    done[name] = true;
    return true;
  };

  GB.claim = function (node, attribute) {
    if (node.hasAttribute(attribute)) return false;
    node.setAttribute(attribute, "");
    return true;
  };

  // Text is only ever set as text (textContent): contributors' text never becomes markup.
  GB.element = function (tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  };

  // A screen reader then reads that text in French, a browser's translation offers to translate it.
  GB.french = function (node, record, name) {
    if (record.fr && record.fr.indexOf(name) >= 0) node.lang = "fr";
    return node;
  };

  GB.button = function (text, className, onClick) {
    var node = GB.element("button", className, text);
    node.type = "button";
    if (onClick) node.addEventListener("click", onClick);
    return node;
  };

  GB.all = function (selector, root) {
    return Array.prototype.slice.call((root || document).querySelectorAll(selector));
  };

  // The parent's <div class="…">, added at its end if it has none yet (two scripts may fill it, in any order).
  GB.part = function (parent, className) {
    return parent.querySelector("." + className) || parent.appendChild(GB.element("div", className));
  };

  // The node's id, given this one if it has none.
  GB.idFor = function (node, id) {
    if (!node.id) node.id = id;
    return node.id;
  };

  // A copy whose ids do not repeat the page's (a glossary tooltip's, for instance), which must stay unique:
  // removed, or with a suffix, the copy's aria references then following its renamed ids.
  GB.copyWithoutIds = function (node, suffix) {
    var copy = node.cloneNode(true);
    var renamed = {};
    [copy].concat(GB.all("[id]", copy)).forEach(function (inner) {
      if (!inner.id) return;
      if (suffix) inner.id = renamed[inner.id] = inner.id + suffix;
      else inner.removeAttribute("id");
    });
    if (suffix) {
      GB.all("[aria-describedby], [aria-labelledby]", copy).forEach(function (inner) {
        ["aria-describedby", "aria-labelledby"].forEach(function (name) {
          var refs = inner.getAttribute(name);
          if (refs) inner.setAttribute(name, refs.split(/\s+/).map(function (ref) { return renamed[ref] || ref; }).join(" "));
        });
      });
    }
    return copy;
  };

  /* localStorage, JSON values under the callers' keys. Reading throws when storage is blocked (cookies
   * refused), and the text may be corrupt; writing throws when storage is blocked or full. A value that
   * could not be written is kept in memory for as long as the page is open (instant navigation included)
   * and read back from there: nothing the reader entered is lost while the page stays open.
   *   read(key)  -> {value, problem}: value null when there is none; problem null, "storage" (blocked, or
   *                 the value lives in memory) or "corrupt" (the stored text is not JSON; left as it is).
   *   write(key, value) -> true when kept in the browser; a null value removes the key. */
  var memory = {};
  GB.storage = {
    read: function (key) {
      if (Object.prototype.hasOwnProperty.call(memory, key)) return { value: memory[key], problem: "storage" };
      var raw;
      try { raw = window.localStorage.getItem(key); } catch (error) { return { value: null, problem: "storage" }; }
      if (raw === null) return { value: null, problem: null };
      try { return { value: JSON.parse(raw), problem: null }; } catch (error) { return { value: null, problem: "corrupt" }; }
    },
    write: function (key, value) {
      try {
        if (value === null) window.localStorage.removeItem(key);
        else window.localStorage.setItem(key, JSON.stringify(value));
        delete memory[key];
        return true;
      } catch (error) {
        memory[key] = value;
        return false;
      }
    }
  };
})();
