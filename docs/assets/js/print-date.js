/* A printed page says when it was printed: the page carries the date of its version
 * (docs/overrides/partials/print-meta.html), replaced by the day's date as the reader prints. */
(function () {
  "use strict";
  if (!GB.once("print-date")) return;
  window.addEventListener("beforeprint", function () {
    var printed = GB.t("print.printedOn", { date: GB.date(new Date()) });
    document.querySelectorAll("[data-gb-print-date]").forEach(function (element) {
      element.textContent = printed;
    });
  });
})();
