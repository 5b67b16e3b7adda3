/* Initiatives index, address: the filters chosen are kept in the address (?pays=…&domaine=…), to share a
   selection; Back returns to the previous one.
   GB.initiativesAddress:
     FIELDS                  the parameters, named as the form's fields
     restore(form)           the form's fields set from the address
     save(chosen, newEntry)  the address set from the values chosen ({field: value}): as a new history
                             entry, or in place of the current one */
(function () {
  "use strict";
  if (!GB.once("initiatives-address")) return;

  // Not "q": Material opens its own search for an address with "?q=".
  var FIELDS = ["texte", "pays", "domaine", "etape", "mot-cle", "dispositif", "annee"];

  // « dispositif=a,b » (from a decision-tree outcome) has no option of its own: one is added, named after
  // the devices the form offers; those it does not offer are left out.
  function offerDevices(field, value) {
    field.querySelectorAll("option[data-added]").forEach(function (option) { option.remove(); });
    if (value.indexOf(",") < 0) return value;
    var names = [], slugs = [];
    value.split(",").forEach(function (slug) {
      var option = Array.prototype.find.call(field.options, function (o) { return o.value === slug && slug; });
      if (option && slugs.indexOf(slug) < 0) { slugs.push(slug); names.push(option.textContent); }
    });
    if (slugs.length < 2) return slugs.join("");
    var added = GB.element("option", "", "L'un de ces dispositifs : " + names.join(", "));
    added.value = slugs.join(",");
    added.dataset.added = "true";
    field.insertBefore(added, field.options[1] || null);
    return added.value;
  }

  // A value the form does not offer (an old shared link) is left out.
  function restore(form) {
    var params = new URLSearchParams(window.location.search);
    FIELDS.forEach(function (name) {
      var field = form.elements[name];
      if (!field) return;
      var value = params.get(name) || "";
      if (name === "dispositif") value = offerDevices(field, value);
      field.value = value;
      if (field.value !== value) field.value = "";
    });
  }

  function save(chosen, newEntry) {
    var params = new URLSearchParams();
    FIELDS.forEach(function (name) {
      if (chosen[name]) params.set(name, chosen[name]);
    });
    // The commas of « dispositif=a,b » stay readable in the address.
    var query = params.toString().replace(/%2C/g, ",");
    var url = window.location.pathname + (query ? "?" + query : "") + window.location.hash;
    if (url === window.location.pathname + window.location.search + window.location.hash) return;
    if (newEntry) window.history.pushState(null, "", url);
    else window.history.replaceState(window.history.state, "", url);
  }

  GB.initiativesAddress = { FIELDS: FIELDS, restore: restore, save: save };
})();
