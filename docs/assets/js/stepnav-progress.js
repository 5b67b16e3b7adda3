/* How far the reader is in each step, in the steps' navigation of a domain.
 *
 * Each step of a <nav class="gb-stepnav"> carries, from the page maker, the keys of its checklists
 * (data-checklists, space-separated) and its number of questions (data-questions). From the answers kept
 * by checklists.js (GB.checklistAnswers, the same storage and format: nothing is written here), each step
 * with at least one ticked question gets « 3 / 12 questions cochées »; a step with none shows nothing, nor
 * does a page without JavaScript (the navigation is then the plain list of steps).
 * The counts follow the answers while the page is open (a box ticked on this page, a file restored): they
 * are then announced politely, except the current step's, whose checklist already says its progress.
 */
(function () {
  "use strict";
  if (!GB.once("stepnav-progress")) return;

  function ticked(answers, keys) {
    return keys.reduce(function (total, key) {
      var entry = answers[key];
      return total + (entry ? entry.ticked.length : 0);
    }, 0);
  }

  function text(count, questions) {
    return GB.t("stepnav.ticked", { n: count, total: questions });
  }

  function show() {
    if (!GB.checklistAnswers) return;
    var answers = GB.checklistAnswers();
    GB.all(".gb-stepnav__step[data-checklists]").forEach(function (step) {
      var keys = step.getAttribute("data-checklists").split(" ").filter(Boolean);
      var questions = parseInt(step.getAttribute("data-questions"), 10) || 0;
      // Ids of questions since removed from the guide may still be stored: never more than there are.
      var count = Math.min(ticked(answers, keys), questions);
      var slot = step.querySelector(".gb-stepnav__progress");
      if (!slot) {
        if (!count) return;
        slot = step.appendChild(GB.element("span", "gb-stepnav__progress"));
      }
      slot.textContent = count ? text(count, questions) : "";
      // Announced from its second value on: not while the page loads.
      if (!step.hasAttribute("aria-current") && !slot.hasAttribute("aria-live")) {
        slot.setAttribute("aria-live", "polite");
      }
    });
  }

  GB.onPage(show);
  document.addEventListener("gb:checklists-changed", show);
})();
