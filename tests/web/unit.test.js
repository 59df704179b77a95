// Unit tests of the page's strings, URL state and URL safety, without a browser.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const { loadSources, WEB_DIR } = require("./lib/sources.js");

const web = loadSources(["i18n.js", "dom.js", "state.js", "chart.js", "search_view.js", "article_view.js"]);
// Values made in the sources' own context, as plain data of this one (deepEqual compares prototypes).
const plain = (value) => JSON.parse(JSON.stringify(value));

test("every interface language has the same keys, and the same plural forms as its rules", () => {
  const { STRINGS, UI_LANGUAGES } = web;
  assert.deepEqual(Object.keys(STRINGS).sort(), plain(UI_LANGUAGES).sort());
  const keys = Object.keys(STRINGS.kk).sort();
  for (const lang of UI_LANGUAGES) {
    assert.deepEqual(Object.keys(STRINGS[lang]).sort(), keys, `keys of ${lang}`);
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    for (const [key, value] of Object.entries(STRINGS[lang])) {
      if (Array.isArray(value)) assert.equal(value.length, 12, `${lang}.${key}: twelve months`);
      else if (typeof value === "object") {
        for (const c of categories) assert.ok(c in value || "other" in value, `${lang}.${key} lacks ${c}`);
      } else {
        assert.equal(typeof value, "string");
        assert.notEqual(value.trim(), "", `${lang}.${key} is empty`);
      }
    }
  }
});

test("every string key used by index.html and the scripts is in the tables", () => {
  const html = fs.readFileSync(path.join(WEB_DIR, "index.html"), "utf8");
  const used = new Set([...html.matchAll(/data-t(?:-placeholder|-aria-label)?="([a-z_]+)"/g)].map((m) => m[1]));
  for (const file of fs.readdirSync(WEB_DIR).filter((f) => f.endsWith(".js"))) {
    const js = fs.readFileSync(path.join(WEB_DIR, file), "utf8");
    for (const m of js.matchAll(/\btr(?:\.parts|\.list)?\("([a-z_]+)"[,)]/g)) used.add(m[1]);
  }
  assert.ok(used.size > 50, `found ${used.size} keys`);
  for (const key of used) assert.ok(key in web.STRINGS.kk, `missing string "${key}"`);
});

test("plural forms and numbers follow each language", () => {
  const ru = web.translator("ru"), kk = web.translator("kk"), en = web.translator("en");
  assert.equal(ru("results_count", { n: 1 }), "1 статья");
  assert.equal(ru("results_count", { n: 3 }), "3 статьи");
  assert.equal(ru("results_count", { n: 25 }), "25 статей");
  assert.equal(ru("results_count", { n: 21 }), "21 статья");
  assert.equal(en("results_count", { n: 1 }), "1 article");
  assert.equal(en("results_count", { n: 1200 }), "1,200 articles");
  assert.equal(kk("results_count", { n: 39 }), "39 мақала");
  assert.deepEqual(plain(en.parts("did_you_mean", { q: { node: 1 } })), ["Did you mean: ", { node: 1 }]);
});

test("the interface language comes from the first preferred language we have", () => {
  assert.equal(web.pickUiLanguage(["de-DE", "ru-RU", "en"]), "ru");
  assert.equal(web.pickUiLanguage(["en-GB"]), "en");
  assert.equal(web.pickUiLanguage(["kk_KZ"]), "kk");
  assert.equal(web.pickUiLanguage(["fr", ""]), "kk");
});

test("only absolute http and https URLs are links", () => {
  const ok = ["https://example.org/a?b=1", "http://udp.kz/kaz/news/1", "HTTPS://EXAMPLE.ORG/"];
  const refused = ["javascript:alert(3)", " javascript:alert(3)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)",
                   "data:text/html,<script>alert(1)</script>", "vbscript:x", "/a/relative", "//evil.example/x",
                   "ftp://example.org/", "", null, 42, "http://"];
  for (const url of ok) assert.ok(web.safeHttpUrl(url), url);
  for (const url of refused) assert.equal(web.safeHttpUrl(url), null, String(url));
  assert.ok(web.isAllowedHref("/a/x?q=1"));
  assert.ok(web.isAllowedHref("?q=1"));
  assert.ok(!web.isAllowedHref("//evil.example/"));
  assert.ok(!web.isAllowedHref("javascript:alert(1)"));
});

test("a page URL round-trips every search state", () => {
  const state = {
    q: "Қоғамдық кеңес & «бюджет»", orgs: ["esep-komiteti", "ukimet"], from: "2015-09", to: "2016",
    lang: "kk", sort: "-date", page: 3, ui: "ru", article: null,
  };
  const url = new URL(web.searchUrl(state), "http://127.0.0.1:8080");
  assert.deepEqual(plain(web.readState(url)), state);
  const article = new URL(web.articleUrl("udp-kaz-0184/x y", state), "http://127.0.0.1:8080");
  assert.equal(article.pathname, "/a/udp-kaz-0184%2Fx%20y");
  assert.deepEqual(plain(web.readState(article)), { ...state, article: "udp-kaz-0184/x y" });
  const api = new URL(web.apiSearchUrl(state), "http://127.0.0.1:8080");
  assert.equal(api.searchParams.get("org"), "esep-komiteti|ukimet");
  assert.equal(api.searchParams.get("facets"), "org,year,month");
  assert.equal(api.searchParams.get("ui"), null);
  // Junk in a hand-edited URL falls back to defaults instead of reaching the API.
  const junk = web.readState(new URL("http://h/?page=-4&sort=evil&ui=de"));
  assert.equal(junk.page, 1);
  assert.equal(junk.sort, "");
  assert.equal(junk.ui, "");
});

test("attention over time fills the months between the first and the last", () => {
  const series = web.monthSeries([{ value: "2015-11", count: 2 }, { value: "2016-02", count: 5 }, { value: "bad", count: 9 }]);
  assert.deepEqual(plain(series.map((p) => p.month)), ["2015-11", "2015-12", "2016-01", "2016-02"]);
  assert.deepEqual(plain(series.map((p) => p.count)), [2, 0, 0, 5]);
  assert.equal(web.monthSeries([]).length, 0);
});

test("organisation mentions are placed whether offsets count bytes, code points or UTF-16 units", () => {
  const text = "Алматы қ. 😀 Есеп комитеті бюджетті тексерді; Есеп комитетінің есебі";
  const name = "Есеп комитеті";
  const at16 = text.indexOf(name);
  const atPoint = [...text.slice(0, at16)].length;
  const atByte = Buffer.byteLength(text.slice(0, at16));
  const nameBytes = Buffer.byteLength(name);
  const expected = [at16, at16 + name.length];
  assert.deepEqual(plain(web.mentionRange(text, { start: atByte, end: atByte + nameBytes, text: name })), expected);
  assert.deepEqual(plain(web.mentionRange(text, { start: atPoint, end: atPoint + name.length, text: name })), expected);
  assert.deepEqual(plain(web.mentionRange(text, { start: at16, end: at16 + name.length, text: name })), expected);
  // Without the text, offsets are taken as UTF-8 bytes (what the C++ server counts).
  assert.deepEqual(plain(web.mentionRange(text, { start: atByte, end: atByte + nameBytes })), expected);
  // Offsets that fit nothing: found by the text as written; a mention not in the text is dropped.
  assert.deepEqual(plain(web.mentionRange(text, { start: 999, end: 1010, text: name })), expected);
  assert.equal(web.mentionRange(text, { start: 0, end: 3, text: "Мәжіліс" }), null);
  // Overlapping mentions of two organisations: the earlier, longer one is kept.
  // ("комитеті" starts 9 bytes into "Есеп комитеті").
  const orgs = [{ id: "a", mentions: [{ paragraph: 0, start: atByte, end: atByte + nameBytes }] },
                { id: "b", mentions: [{ paragraph: 0, start: atByte + 9, end: atByte + nameBytes, text: "комитеті" },
                                      { paragraph: 7, start: 0, end: 2 }] }];
  const byParagraph = web.mentionsByParagraph(orgs, [text]);
  assert.equal(byParagraph.size, 1);
  assert.deepEqual(plain(byParagraph.get(0).map((m) => [m.org.id, m.start, m.end])), [["a", ...expected]]);
});
