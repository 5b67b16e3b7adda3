/* Glossary tooltips (shown by glossary.css on hover and focus): Escape hides the one on screen until
   the pointer and the focus have left its term (WCAG 1.4.13), and a tooltip that would overflow the
   right edge of the window is shifted left. Bound once on the document, so instant navigation keeps it. */
(function () {
  "use strict";
  if (!GB.once("glossary-tooltips")) return;

  var DISMISSED = "gb-gloss--dismissed";
  var MARGIN = 8;

  function glossOf(node) {
    return node && node.closest ? node.closest(".gb-gloss") : null;
  }

  function fit(gloss) {
    var tip = gloss.querySelector(".gb-gloss__tip");
    if (!tip) return;
    tip.style.left = "";
    var box = tip.getBoundingClientRect();
    var overflow = box.right - (document.documentElement.clientWidth - MARGIN);
    if (overflow > 0) tip.style.left = -Math.min(overflow, Math.max(0, box.left - MARGIN)) + "px";
  }

  function show(event) {
    var gloss = glossOf(event.target);
    if (gloss && !gloss.contains(event.relatedTarget)) fit(gloss);
  }

  function leave(event, stillThere) {
    var gloss = glossOf(event.target);
    if (!gloss || gloss.contains(event.relatedTarget)) return;
    if (!gloss.matches(stillThere)) gloss.classList.remove(DISMISSED);
  }

  document.addEventListener("mouseover", show);
  document.addEventListener("focusin", show);
  document.addEventListener("mouseout", function (event) { leave(event, ":focus-within"); });
  document.addEventListener("focusout", function (event) { leave(event, ":hover"); });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    document.querySelectorAll(".gb-gloss:hover, .gb-gloss:focus-within").forEach(function (gloss) {
      gloss.classList.add(DISMISSED);
    });
  });
})();
