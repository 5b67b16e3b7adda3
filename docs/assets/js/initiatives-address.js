/* Initiatives index, address: the filters chosen are kept in the address (?pays=…&domaine=…), to share a
   selection; Back returns to the previous one. The parameters' names come with the form, in
   data-parameters ({role: name}, from macros/addresses.py; never "q": Material opens its own search for
   an address with "?q="), and are the names of its fields.
   GB.initiativesAddress:
     restore(form)                 the form's fields set from the address
     save(form, chosen, newEntry)  the address set from the values chosen ({role: value}): as a new
                                   history entry, or in place of the current one */
(function () {
  "use strict";
  if (!GB.once("initiatives-address")) return;

  function parameters(form) {
    return JSON.parse(form.dataset.parameters);
  }

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
    var added = GB.element("option", "", GB.t("filter.anyDevice", { names: names.join(", ") }));
    added.value = slugs.join(",");
    added.dataset.added = "true";
    field.insertBefore(added, field.options[1] || null);
    return added.value;
  }

  // A value the form does not offer (an old shared link) is left out.
  function restore(form) {
    var params = new URLSearchParams(window.location.search), names = parameters(form);
    Object.keys(names).forEach(function (role) {
      var field = form.elements[names[role]];
      if (!field) return;
      var value = params.get(names[role]) || "";
      if (role === "device") value = offerDevices(field, value);
      field.value = value;
      if (field.value !== value) field.value = "";
    });
  }

  function save(form, chosen, newEntry) {
    var params = new URLSearchParams(), names = parameters(form);
    Object.keys(names).forEach(function (role) {
      if (chosen[role]) params.set(names[role], chosen[role]);
    });
    // The commas of « dispositif=a,b » stay readable in the address.
    var query = params.toString().replace(/%2C/g, ",");
    var url = window.location.pathname + (query ? "?" + query : "") + window.location.hash;
    if (url === window.location.pathname + window.location.search + window.location.hash) return;
    if (newEntry) window.history.pushState(null, "", url);
    else window.history.replaceState(window.history.state, "", url);
  }

  GB.initiativesAddress = { restore: restore, save: save };
})();
