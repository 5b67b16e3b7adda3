/* « Imprimer » and « Partager » under the title of every page.
 *
 * The share links (WhatsApp, e-mail, LinkedIn, X, Facebook) are plain links carrying this page's title
 * and address: no script, image or request from another site until the reader follows one. « Copier le
 * lien » uses the Clipboard API, else the older copy command, else selects the address for the reader
 * to copy.
 */
(function () {
  "use strict";
  if (!GB.once("share")) return;
  var element = GB.element;

  function link(text, href) {
    var node = element("a", "", text);
    node.href = href;
    return node;
  }

  function copy(address, field, status) {
    function copied() {
      field.hidden = true;
      status.textContent = GB.t("share.copied");
    }
    function byCommand() {
      field.value = address;
      field.hidden = false;
      field.focus();
      field.select();
      var done = false;
      try { done = document.execCommand("copy"); } catch (error) { /* the reader copies it */ }
      if (done) copied();
      else status.textContent = GB.t("share.selected");
    }
    status.textContent = "";
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(address).then(copied, byCommand);
    else byCommand();
  }

  function tools() {
    var address = location.origin + location.pathname;
    var url = encodeURIComponent(address);
    var title = document.title;
    var box = element("div", "gb-page-tools");
    var print = GB.button(GB.t("share.print"), "gb-button", function () { window.print(); });
    // A disclosure: « Partager » shows or hides the list of ways to share.
    var share = element("div", "gb-share");
    var toggle = GB.button(GB.t("share.share"), "gb-button gb-share__toggle");
    toggle.setAttribute("aria-expanded", "false");
    var panel = element("div", "gb-share__panel");
    panel.id = "gb-share-panel";
    panel.hidden = true;
    toggle.setAttribute("aria-controls", panel.id);
    function open(yes) {
      toggle.setAttribute("aria-expanded", String(yes));
      panel.hidden = !yes;
    }
    toggle.addEventListener("click", function () { open(panel.hidden); });
    var list = element("ul", "gb-share__list");
    var copyButton = GB.button(GB.t("share.copy"), "gb-button", function () { copy(address, field, status); });
    var field = element("input", "gb-share__address");
    field.type = "text";
    field.readOnly = true;
    field.hidden = true;
    field.setAttribute("aria-label", GB.t("share.address"));
    var status = element("p", "gb-share__status");
    status.setAttribute("role", "status");
    [copyButton,
      // WhatsApp, the main channel in French-speaking Africa: its « click to chat » address with the text.
      link(GB.t("share.whatsapp"), "https://wa.me/?text=" + encodeURIComponent(title + " " + address)),
      link(GB.t("share.email"), "mailto:?subject=" + encodeURIComponent(title) +
        "&body=" + encodeURIComponent(title + "\r\n" + address)),
      link(GB.t("share.linkedin"), "https://www.linkedin.com/sharing/share-offsite/?url=" + url),
      link(GB.t("share.x"), "https://x.com/intent/tweet?url=" + url + "&text=" + encodeURIComponent(title)),
      link(GB.t("share.facebook"), "https://www.facebook.com/sharer/sharer.php?u=" + url)
    ].forEach(function (node) {
      var item = element("li");
      item.append(node);
      list.append(item);
    });
    panel.append(list, field, status);
    share.append(toggle, panel);
    // The panel covers the text below it: it closes when the focus leaves it (a click elsewhere, Tab).
    share.addEventListener("focusout", function (event) {
      if (!share.contains(event.relatedTarget)) open(false);
    });
    // Escape closes the open panel and gives the focus back to « Partager ».
    share.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && !panel.hidden) {
        open(false);
        toggle.focus();
      }
    });
    box.append(print, share);
    return box;
  }

  GB.onPage(function () {
    var article = document.querySelector("article.md-content__inner");
    if (!article || article.querySelector(".gb-page-tools")) return;
    var heading = article.querySelector("h1");
    if (heading) heading.after(tools());
    else article.prepend(tools());
  });
})();
