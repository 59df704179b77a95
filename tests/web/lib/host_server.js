// A second origin for the widget tests: a "ministry" site on another port of 127.0.0.1 that
// embeds the widget from izdeu-searchd under its own strict Content-Security-Policy and with
// hostile CSS that would wreck any widget not isolated in a Shadow DOM.
"use strict";
const http = require("node:http");

const HOSTILE_CSS = `
body { color: #c00; font: 30px/3 serif; letter-spacing: 4px; text-align: right; }
a, li, p, ol, input, button, mark, span, form, nav, time { color: red !important; font-size: 40px !important; display: none !important; }
`;

const escape = (s) => String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;" }[c]));

function page(endpoint, body) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host site</title>
<link rel="stylesheet" href="/hostile.css"></head><body><h1>Ministry news</h1>
${body.replace(/ENDPOINT/g, escape(endpoint))}
</body></html>`;
}

const PAGES = {
  // One tag: the widget appears right after the script.
  "/single.html": `<script src="ENDPOINT/widget.js" data-org="esep-komiteti" data-size="3" data-ui-lang="ru" defer></script>
<h2>After the widget</h2>`,
  // Two placed widgets with their own options, one script.
  "/multi.html": `<div data-izdeu-search id="w1" data-links="izdeu" data-query="деректер порталы" data-ui-lang="kk"></div>
<div data-izdeu-search id="w2" data-lang="kk" data-from="2016-02" data-to="2016-02" data-size="2" data-ui-lang="en"></div>
<script src="ENDPOINT/widget.js" defer></script>`,
};

// Starts the host site; resolves to {origin, url(path, endpoint), stop()}.
function startHost() {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    if (url.pathname === "/hostile.css") {
      res.writeHead(200, { "Content-Type": "text/css; charset=utf-8" });
      return res.end(HOSTILE_CSS);
    }
    if (url.pathname === "/favicon.ico") {
      res.writeHead(204);
      return res.end();
    }
    const body = PAGES[url.pathname];
    const endpoint = url.searchParams.get("endpoint") || "";
    if (!body || !/^http:\/\/127\.0\.0\.1:\d+$/.test(endpoint)) {
      res.writeHead(404);
      return res.end();
    }
    res.writeHead(200, {
      "Content-Type": "text/html; charset=utf-8",
      // The host allows the widget's script and API calls, and no inline code or style at all.
      "Content-Security-Policy": `default-src 'self'; script-src ${endpoint}; connect-src ${endpoint}; style-src 'self'; img-src 'self'`,
    });
    res.end(page(endpoint, body));
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const origin = "http://127.0.0.1:" + server.address().port;
      resolve({
        origin,
        url: (path, endpoint) => `${origin}${path}?endpoint=${encodeURIComponent(endpoint)}`,
        stop: () => new Promise((done) => { server.close(done); server.closeAllConnections(); }),
      });
    });
  });
}

module.exports = { startHost };
