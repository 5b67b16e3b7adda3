/* What every page runs first (in the head, before anything else), from a file rather than inline: the pages' Content-Security-Policy allows
 * no inline script at all, so that a script that reached a page through some missed escape cannot run.
 *
 * 1. Material's own start (its partials/javascripts/base.html, MIT licence, inline there): the scope of
 *    the site (from the data-scope attribute, the page's base_url) and its storage helpers.
 * 2. The storage guard:
 *    Material keeps a few preferences (colour palette, content tabs, consent, dismissed announcement) in the
 *    browser's storage through __md_get/__md_set, defined just above this point. When storage is blocked
 *    (cookies refused: merely reading window.localStorage raises a SecurityError), the default argument
 *    `localStorage` of both throws, and so does JSON.parse on a corrupt value; the bundle also passes
 *    `sessionStorage` itself for two caches. Every such throw escapes as an uncaught error on every page.
 *    So, before any of Material's code runs: the two accessors never throw (nothing to read gives null,
 *    nothing is kept), and a blocked sessionStorage is replaced by a stand-in kept in memory for the page.
 *    localStorage itself is left alone: checklists.js tells the reader when ticks cannot be kept.
 */
__md_scope = new URL(document.currentScript.getAttribute("data-scope"), location);
__md_hash = function (e) { return [].reduce.call(e, function (h, c) { return (h << 5) - h + c.charCodeAt(0); }, 0); };
__md_get = function (e, _, t) {
  _ = _ === undefined ? localStorage : _; t = t === undefined ? __md_scope : t;
  return JSON.parse(_.getItem(t.pathname + "." + e));
};
__md_set = function (e, _, t, a) {
  t = t === undefined ? localStorage : t; a = a === undefined ? __md_scope : a;
  try { t.setItem(a.pathname + "." + e, JSON.stringify(_)); } catch (error) { /* not kept */ }
};
(function () {
  var get = window.__md_get, set = window.__md_set;
  if (typeof get === "function") window.__md_get = function () {
    try { return get.apply(this, arguments); } catch (error) { return null; }
  };
  if (typeof set === "function") window.__md_set = function () {
    try { set.apply(this, arguments); } catch (error) { /* not kept */ }
  };
  try { window.sessionStorage.getItem("__md_probe"); } catch (blocked) {
    var items = {};
    var memory = {
      getItem: function (key) { return Object.prototype.hasOwnProperty.call(items, key) ? items[key] : null; },
      setItem: function (key, value) { items[key] = String(value); },
      removeItem: function (key) { delete items[key]; },
      clear: function () { items = {}; },
      key: function (index) { return Object.keys(items)[index] || null; },
      get length() { return Object.keys(items).length; }
    };
    try { Object.defineProperty(window, "sessionStorage", { value: memory, configurable: true }); }
    catch (fixed) { /* not replaceable here: Material's two caches may still throw */ }
  }
})();
