/* Action table filter: toggles pre-rendered rows; never builds HTML from data. */
(function () {
  "use strict";
  var form = document.getElementById("action-filters");
  var table = document.getElementById("action-table");
  if (!form || !table) {
    return;
  }
  var box = document.getElementById("filter-text");
  var pillar = document.getElementById("filter-pillar");
  var institution = document.getElementById("filter-institution");
  var count = document.getElementById("filter-count");
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var haystacks = rows.map(function (row) {
    return row.textContent.replace(/\s+/g, " ").toLowerCase();
  });

  function apply() {
    var terms = box.value.toLowerCase().split(/\s+/).filter(function (t) {
      return t.length > 0;
    });
    var wantPillar = pillar.value;
    var wantInstitution = institution.value;
    var shown = 0;
    rows.forEach(function (row, i) {
      var ok =
        (wantPillar === "" || row.getAttribute("data-pillar") === wantPillar) &&
        (wantInstitution === "" || row.getAttribute("data-institution") === wantInstitution) &&
        terms.every(function (t) {
          return haystacks[i].indexOf(t) !== -1;
        });
      row.hidden = !ok;
      if (ok) {
        shown += 1;
      }
    });
    count.textContent = "Showing " + shown + " of " + rows.length + " actions";
  }

  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) {
    event.preventDefault();
  });
  form.addEventListener("reset", function () {
    window.setTimeout(apply, 0);
  });
  form.hidden = false;
  apply();
})();
