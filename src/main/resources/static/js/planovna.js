// Plánovna: small progressive enhancements. Pages work without JavaScript.
(function () {
  "use strict";
  // htmx requests carry the CSRF token from the page's meta tags.
  document.addEventListener("htmx:configRequest", function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });
  // Forms marked data-confirm ask before a destructive action.
  document.addEventListener("submit", function (event) {
    var message = event.target.getAttribute("data-confirm");
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  });
})();
