/* A printed page says when it was printed: the page carries the date of its version
 * (docs/overrides/partials/print-meta.html), replaced by the day's date as the reader prints. */
(function () {
  "use strict";
  if (window.gbPrintDate) return;
  window.gbPrintDate = true;
  window.addEventListener("beforeprint", function () {
    var today = new Date().toLocaleDateString("fr-FR", { day: "numeric", month: "long", year: "numeric" });
    document.querySelectorAll("[data-gb-print-date]").forEach(function (element) {
      element.textContent = "Imprimé le " + today;
    });
  });
})();
