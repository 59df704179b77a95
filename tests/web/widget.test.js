// The widget embedded in a page of a second origin (lib/host_server.js: strict CSP, hostile
// CSS) in headless Chromium, calling the real izdeu-searchd across origins.
"use strict";
const { describe, it, before, after, afterEach } = require("node:test");
const assert = require("node:assert/strict");
const { launch } = require("./lib/browser.js");
const { buildIndex, startSearchd, searchdHelp } = require("./lib/daemon.js");
const { startHost } = require("./lib/host_server.js");
const { watch, contrastFailures, tabWalk } = require("./lib/checks.js");

let index, server, host, context, page, problems;

async function api(path) {
  return (await fetch(server.url + path)).json();
}

// The widget's results inside the shadow root of `hostSelector`.
async function widgetHits(hostSelector) {
  return page.$eval(hostSelector, (h) => [...h.shadowRoot.querySelectorAll("li")].map((li) => {
    const a = li.querySelector("a.title");
    return { title: a.textContent, href: a.getAttribute("href"), date: li.querySelector("time")?.getAttribute("datetime") || null,
             marks: [...li.querySelectorAll("mark")].map((m) => m.textContent) };
  }));
}

async function widgetText(hostSelector, selector) {
  return page.$eval(hostSelector, (h, s) => h.shadowRoot.querySelector(s).textContent, selector);
}

async function waitForWidget(hostSelector) {
  await page.waitForFunction((s) => {
    const root = document.querySelector(s)?.shadowRoot;
    const status = root?.querySelector(".status")?.textContent || "";
    return status !== "" && !/…$/.test(status);
  }, hostSelector);
}

const supportsCorsOrigin = () => searchdHelp().includes("--cors-origin");

describe("izdeu widget on another site", { timeout: 240000 }, () => {
  before(async () => {
    index = buildIndex();
    server = await startSearchd(index.db);
    host = await startHost();
    context = await launch({ viewport: { width: 1000, height: 900 }, locale: "en-GB" });
  });
  after(async () => {
    if (context) await context.close();
    if (host) await host.stop();
    if (server) await server.stop();
    if (index) index.remove();
  });
  afterEach(async () => {
    if (page) {
      assert.deepEqual(problems, [], "no script errors or CSP violations on the host page");
      await page.close();
      page = null;
    }
  });
  async function open(url) {
    page = await context.newPage();
    problems = watch(page);
    await page.goto(url);
  }

  it("one script tag shows preset results, pages them and searches by keyboard", async () => {
    await open(host.url("/single.html", server.url));
    const widget = "script + div[data-izdeu-search]";
    await page.waitForSelector(widget);
    await waitForWidget(widget);
    // Preset organisation, no query: its newest articles, three a page, interface in Russian.
    const expected = await api("/search?q=&org=esep-komiteti&sort=-date&size=3");
    let hits = await widgetHits(widget);
    assert.deepEqual(hits.map((h) => h.title), expected.hits.map((h) => h.title));
    assert.match(await widgetText(widget, ".range"), new RegExp(`^1–3 из ${expected.total}$`));
    assert.match(await widgetText(widget, ".status"), /стат/);
    // Articles without their own URL link to their izdeu page.
    assert.ok(hits.every((h) => h.href.startsWith(server.url + "/a/")), JSON.stringify(hits.map((h) => h.href)));
    // Shadow DOM: the host's hostile CSS reaches nothing inside.
    const look = await page.$eval(widget, (h) => {
      const a = h.shadowRoot.querySelector("a.title");
      const s = getComputedStyle(a);
      return { color: s.color, size: s.fontSize, display: s.display, height: a.getBoundingClientRect().height };
    });
    assert.deepEqual({ color: look.color, size: look.size }, { color: "rgb(10, 95, 180)", size: "15px" });
    assert.notEqual(look.display, "none");
    assert.ok(look.height > 0 && look.height < 60);
    assert.deepEqual(await contrastFailures(page, widget), []);

    // Next page, by keyboard; focus stays on the paging button.
    await page.$eval(widget, (h) => h.shadowRoot.querySelector("button.next").focus());
    await page.keyboard.press("Enter");
    await page.waitForFunction((s) => document.querySelector(s).shadowRoot.querySelector(".range").textContent.startsWith("4–6"), widget);
    const second = await api("/search?q=&org=esep-komiteti&sort=-date&size=3&page=2");
    hits = await widgetHits(widget);
    assert.deepEqual(hits.map((h) => h.title), second.hits.map((h) => h.title));
    assert.equal(await page.$eval(widget, (h) => h.shadowRoot.activeElement?.className), "next");

    // Tab from the top of the page lands in the widget's search box; type, Enter.
    await page.evaluate(() => document.activeElement.blur());
    await page.mouse.click(2, 2);  // the next Tab starts from the top of the page
    const walk = await tabWalk(page, 6);
    assert.equal(walk[0].id, "q");
    assert.ok(walk[0].inShadow);
    for (const w of walk) assert.ok(w.visible, `focus visible on ${w.tag} ${w.label}`);
    await page.$eval(widget, (h) => h.shadowRoot.getElementById("q").focus());
    await page.keyboard.type("бюджет");
    await page.keyboard.press("Enter");
    await page.waitForFunction((s) => document.querySelector(s).shadowRoot.querySelector("mark") !== null, widget);
    const found = await api("/search?q=%D0%B1%D1%8E%D0%B4%D0%B6%D0%B5%D1%82&org=esep-komiteti&size=3");
    hits = await widgetHits(widget);
    assert.deepEqual(hits.map((h) => h.title), found.hits.map((h) => h.title));
    for (const h of hits) for (const m of h.marks) assert.match(m.toLowerCase(), /^бюджет/);
    assert.match(await widgetText(widget, ".range"), new RegExp(`^1–3 из ${found.total}$`));
  });

  it("placed widgets keep their own options; only http(s) article URLs are followed", async () => {
    await open(host.url("/multi.html", server.url));
    await waitForWidget("#w1");
    await waitForWidget("#w2");
    // w1: Kazakh interface, a query given by the site, every link to the izdeu page.
    assert.equal(await widgetText("#w1", "button[type=submit]"), "Іздеу");
    const w1 = await widgetHits("#w1");
    assert.ok(w1.length > 0);
    for (const h of w1) assert.ok(h.href.startsWith(server.url + "/a/"), h.href);
    // w2: Kazakh articles of February 2016, two a page, English interface, links to the article's
    // own URL only when it is http(s).
    assert.equal(await widgetText("#w2", "button[type=submit]"), "Search");
    const expected = await api("/search?q=&lang=kk&from=2016-02&to=2016-02&sort=-date&size=2");
    const w2 = await widgetHits("#w2");
    assert.deepEqual(w2.map((h) => h.title), expected.hits.map((h) => h.title));
    const all = [];
    for (let p = 1; all.length < expected.total; ++p) {
      all.push(...await widgetHits("#w2"));
      if (all.length >= expected.total) break;
      await page.$eval("#w2", (h) => h.shadowRoot.querySelector("button.next").click());
      await page.waitForFunction((n) => document.querySelector("#w2").shadowRoot.querySelector(".range").textContent.startsWith(String(2 * n + 1)), p);
    }
    const byTitle = Object.fromEntries(all.map((h) => [h.title, h.href]));
    assert.equal(byTitle["Ашық деректер порталы: азаматтардың ұсыныстары"], "https://example.org/kk/news/portal");
    assert.match(byTitle["Ашық деректер порталында жаңа жинақтар жарияланды"], new RegExp("^" + server.url + "/a/web-unsafe-js\\?"));
    const markup = "Порталдағы жинақтар <img src=x onerror=\"document.title='pwned'\"> туралы";
    assert.match(byTitle[markup], new RegExp("^" + server.url + "/a/web-markup-title\\?"));
    assert.equal(await page.$eval("#w2", (h) => h.shadowRoot.querySelectorAll("img, script, b").length), 0);
    assert.equal(await page.title(), "Host site");
  });

  it("works from an origin the server allows with --cors-origin", async (t) => {
    if (!supportsCorsOrigin()) return t.skip("this izdeu-searchd has no --cors-origin yet");
    const allowed = await startSearchd(index.db, ["--cors-origin", host.origin]);
    try {
      await open(host.url("/single.html", allowed.url));
      await waitForWidget("script + div[data-izdeu-search]");
      assert.equal((await widgetHits("script + div[data-izdeu-search]")).length, 3);
    } finally {
      await allowed.stop();
    }
  });

  it("says so, and shows nothing, on a site the server does not allow", async (t) => {
    if (!supportsCorsOrigin()) return t.skip("this izdeu-searchd has no --cors-origin yet");
    const refusing = await startSearchd(index.db, ["--cors-origin", "http://127.0.0.1:9"]);
    try {
      page = await context.newPage();
      problems = [];  // the browser logs the refused request itself; nothing else may fail
      page.on("pageerror", (e) => problems.push(e.message));
      await page.goto(host.url("/single.html", refusing.url));
      const widget = "script + div[data-izdeu-search]";
      await waitForWidget(widget);
      assert.equal(await widgetText(widget, ".status"),
                   "Не удалось связаться с izdeu: сервер недоступен или этому сайту не разрешён доступ.");
      assert.equal((await widgetHits(widget)).length, 0);
      // izdeu's own page on that server still works (same origin).
      await page.goto(refusing.url + "/?q=%D0%B1%D1%8E%D0%B4%D0%B6%D0%B5%D1%82");
      await page.waitForSelector("#hits .hit");
    } finally {
      await refusing.stop();
    }
  });
});
