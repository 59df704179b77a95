// Loads the page's plain-JavaScript sources (searchd/web/*.js, no DOM needed for these) into a
// fresh V8 context, as the build bundles them, so unit tests call the same functions.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");

const WEB_DIR = path.resolve(__dirname, "../../../searchd/web");

function loadSources(files, globals = {}) {
  const context = vm.createContext({ URL, URLSearchParams, Intl, ...globals });
  const code = files.map((f) => fs.readFileSync(path.join(WEB_DIR, f), "utf8")).join("\n");
  // Top-level const/function names become readable through the returned object.
  const names = [...code.matchAll(/^(?:const|let|function)\s+([A-Za-z_$][\w$]*)/gm)].map((m) => m[1]);
  vm.runInContext(`"use strict";\n${code}\n;globalThis.__exports = {${names.join(",")}};`, context);
  return context.__exports;
}

module.exports = { loadSources, WEB_DIR };
