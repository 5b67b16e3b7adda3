/* The search index is the heaviest file of the site (more than the rest of a first visit together), and
 * Material asks for it on every first page, though only a reader who searches needs it. Its request (an
 * XMLHttpRequest of Material's bundle) is held back until the search is opened — by a click, a tap or a
 * keyboard shortcut — or the page was opened from a search result (?h=…). Runs before the bundle.
 * From a file (the offline copy) Material already loads the index only when the search opens. */
(function () {
  "use strict";
  if (!/^https?:$/.test(location.protocol) || window.gbSearchOnDemand) return;
  window.gbSearchOnDemand = true;

  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  var held = [];
  var wanted = /[?&]h=/.test(location.search);

  function release() {
    wanted = true;
    held.splice(0).forEach(function (go) { go(); });
  }

  XMLHttpRequest.prototype.open = function (method, url) {
    this.gbSearchIndex = /\/search\/search_index\.json$/.test(String(url));
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    var request = this, args = arguments;
    if (!request.gbSearchIndex || wanted) return send.apply(request, args);
    held.push(function () { send.apply(request, args); });
  };

  document.addEventListener("focusin", function (event) {
    if (event.target.closest && event.target.closest("[data-md-component=search]")) release();
  });
  document.addEventListener("change", function (event) {
    if (event.target.id === "__search" && event.target.checked) release();
  });
})();
