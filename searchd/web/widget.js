// izdeu embeddable search widget. Usage on any page:
//   <div data-izdeu-search data-endpoint="http://127.0.0.1:8080" data-size="5"></div>
//   <script src="http://127.0.0.1:8080/widget.js" defer></script>
// It renders a search box and results (title, date, highlighted snippet) using the JSON API,
// which answers with Access-Control-Allow-Origin: * so it works from other origins.
(function () {
  "use strict";
  var esc = function (s) {
    return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" }[c];
    });
  };
  function mount(root) {
    var endpoint = (root.getAttribute("data-endpoint") || "").replace(/\/$/, "");
    var size = root.getAttribute("data-size") || "5";
    root.innerHTML =
      '<form style="display:flex;gap:6px"><input type="search" placeholder="Іздеу…" style="flex:1;padding:6px">' +
      '<button type="submit">Іздеу</button></form><div class="izdeu-results"></div>';
    var form = root.querySelector("form"), input = root.querySelector("input"), out = root.querySelector(".izdeu-results");
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var url = endpoint + "/search?size=" + encodeURIComponent(size) + "&q=" + encodeURIComponent(input.value);
      fetch(url).then(function (r) { return r.json(); }).then(function (data) {
        if (data.error) { out.textContent = data.error.message; return; }
        out.innerHTML = data.hits.map(function (h) {
          // Snippets are already HTML-escaped by the server, with <mark> around matches.
          return '<div style="margin:8px 0"><a href="' + esc(endpoint + "/?q=" + encodeURIComponent(input.value)) + '"><b>' +
            esc(h.title) + "</b></a> <small>" + esc(h.date || "") + "</small><div>" + h.snippet + "</div></div>";
        }).join("") || "Ештеңе табылмады";
      }).catch(function () { out.textContent = "izdeu is unreachable"; });
    });
  }
  var roots = document.querySelectorAll("[data-izdeu-search]");
  for (var i = 0; i < roots.length; i++) mount(roots[i]);
})();
