// Plánovna surveys: hides questions whose display condition is not met (the server checks it again
// and discards answers to hidden questions). Without JavaScript every question shows with its hint.
(function () {
  "use strict";
  var form = document.querySelector("form.survey-form");
  if (!form) {
    return;
  }
  function update() {
    var items = form.querySelectorAll("[data-show-if]");
    items.forEach(function (el) {
      var source = document.getElementById(el.getAttribute("data-show-if"));
      var value = el.getAttribute("data-show-value");
      var shown = false;
      if (source && !source.hidden) {
        var name = el.getAttribute("data-show-if");
        form.querySelectorAll('input[name="' + name + '"]').forEach(function (input) {
          if (input.checked && input.value === value) {
            shown = true;
          }
        });
      }
      el.hidden = !shown;
    });
  }
  form.addEventListener("change", update);
  update();
})();
