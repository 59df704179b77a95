// izdeu search widget for any site. One tag is enough; it shows a search box where it stands:
//
//   <script src="https://izdeu.example/widget.js" data-size="5" data-org="esep-komiteti" defer></script>
//
// or, to place it elsewhere (several per page allowed), a container with the same options:
//
//   <div data-izdeu-search data-lang="kk" data-from="2015" data-to="2016-06"></div>
//
// Options (data- attributes of the container, else of the script tag):
//   data-endpoint  izdeu server (default: where widget.js was loaded from)
//   data-size      results per page, 1-20 (default 5)
//   data-org       preset organisation filter: ids separated by "|"
//   data-lang      preset article language: kk, ru or other
//   data-from, data-to   preset date range: YYYY, YYYY-MM or YYYY-MM-DD
//   data-query     a search to show at once (with presets and no query: their newest articles)
//   data-ui-lang   interface language: kk, ru or en (default: the host page's, then the browser's)
//   data-links     "article": titles link to the article's own URL when it is http/https, else to
//                  its izdeu page (default); "izdeu": always to its izdeu page (/a/{id})
//
// The widget lives in a Shadow DOM (the host page's CSS cannot reach it), styles itself through
// a constructed stylesheet (allowed under a host CSP without 'unsafe-inline'), calls only the
// endpoint (which must allow the host's origin: searchd --cors-origin) and never inserts HTML.
// Bundled after i18n.js and dom.js into one closure (searchd/CMakeLists.txt).

const WIDGET_CSS = `
:host { display: block; max-width: 720px; }
.root { all: initial; display: block; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
        color: #1b1f24; background: #fff; text-align: left; }
* { box-sizing: border-box; }
form { display: flex; gap: 6px; }
input { flex: 1; min-width: 0; font: inherit; padding: 7px 9px; border: 1px solid #767f8a; border-radius: 5px; color: #1b1f24; background: #fff; }
button { font: inherit; padding: 7px 12px; border: 0; border-radius: 5px; background: #0a5fb4; color: #fff; cursor: pointer; }
button[disabled] { visibility: hidden; }
a { color: #0a5fb4; }
:focus-visible { outline: 3px solid #b3261e; outline-offset: 2px; }
.vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.status { color: #555e69; font-size: 13px; margin: 6px 0 0; min-height: 19px; }
.status.error { color: #a4161a; }
ol { list-style: none; margin: 0; padding: 0; }
li { padding: 8px 0; border-bottom: 1px solid #d5dae0; }
.title { font-weight: 600; }
.meta { color: #555e69; font-size: 13px; }
.snippet { margin: 2px 0 0; }
mark { background: #fff1a8; color: #1b1f24; }
nav { display: flex; align-items: center; justify-content: space-between; gap: 8px; margin-top: 8px; font-size: 13px; color: #555e69; }
nav[hidden] { display: none; }
.more { font-size: 13px; margin: 6px 0 0; }
`;

const thisScript = document.currentScript;

function widgetOption(root, name) {
  const own = root.getAttribute("data-" + name);
  if (own !== null) return own;
  return thisScript && thisScript !== root ? thisScript.getAttribute("data-" + name) : null;
}

function widgetOptions(root) {
  const scriptOrigin = thisScript && thisScript.src ? new URL(thisScript.src, location.href).origin : location.origin;
  const endpoint = (widgetOption(root, "endpoint") || scriptOrigin).replace(/\/+$/, "");
  const size = parseInt(widgetOption(root, "size") || "5", 10);
  const date = (v) => (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v || "") ? v : "");
  return {
    endpoint,
    size: size >= 1 && size <= 20 ? size : 5,
    org: (widgetOption(root, "org") || "").split("|").map((s) => s.trim()).filter(Boolean).join("|"),
    lang: ["kk", "ru", "other"].includes(widgetOption(root, "lang")) ? widgetOption(root, "lang") : "",
    from: date(widgetOption(root, "from")),
    to: date(widgetOption(root, "to")),
    query: widgetOption(root, "query") || "",
    links: widgetOption(root, "links") === "izdeu" ? "izdeu" : "article",
    ui: pickUiLanguage([widgetOption(root, "ui-lang"), document.documentElement.lang,
                        ...(navigator.languages || [navigator.language])]),
  };
}

function widgetStyles(shadow) {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(WIDGET_CSS);
    shadow.adoptedStyleSheets = [sheet];
  } catch (e) {
    shadow.appendChild(el("style", {}, WIDGET_CSS));  // older engines; needs style-src to allow it
  }
}

function mountWidget(host) {
  if (host.hasAttribute("data-izdeu-mounted")) return;
  host.setAttribute("data-izdeu-mounted", "");
  const opts = widgetOptions(host);
  const tr = translator(opts.ui);
  const shadow = host.attachShadow({ mode: "open" });
  widgetStyles(shadow);
  const input = el("input", { type: "search", id: "q", placeholder: tr("widget_placeholder"), autocomplete: "off" });
  input.value = opts.query;
  const form = el("form", { role: "search", "aria-label": tr("widget_label") }, [
    el("label", { for: "q", class: "vh" }, tr("widget_label")), input,
    el("button", { type: "submit" }, tr("search_button")),
  ]);
  const status = el("p", { class: "status", role: "status", "aria-live": "polite" });
  const list = el("ol", { lang: null });
  const prev = el("button", { type: "button", class: "prev" }, tr("prev"));
  const next = el("button", { type: "button", class: "next" }, tr("next"));
  const range = el("span", { class: "range" });
  const pager = el("nav", { "aria-label": tr("pagination"), hidden: true }, [prev, range, next]);
  const more = el("p", { class: "more" });
  // .root resets what the host page's styles pass down by inheritance into the shadow tree.
  append(shadow, el("div", { class: "root", lang: opts.ui }, [form, status, list, pager, more]));

  let page = 1, query = opts.query, seq = 0;
  const presets = Boolean(opts.org || opts.lang || opts.from || opts.to);

  function izdeuPage(path, params) {
    const p = new URLSearchParams(params);
    p.set("ui", opts.ui);
    return opts.endpoint + path + "?" + p.toString();
  }
  function params() {
    const p = new URLSearchParams();
    p.set("q", query);
    for (const name of ["org", "lang", "from", "to"]) if (opts[name]) p.set(name, opts[name]);
    if (!query) p.set("sort", "-date");
    return p;
  }
  function hitLink(hit) {
    const own = opts.links === "article" ? safeHttpUrl(hit.url) : null;
    const href = own || izdeuPage("/a/" + encodeURIComponent(hit.id), params());
    return el("a", { href, class: "title", rel: own ? "noopener noreferrer" : null, lang: hit.lang || null },
              hit.title || tr("untitled"));
  }
  async function run() {
    const mine = ++seq;
    const p = params();
    p.set("size", String(opts.size));
    p.set("page", String(page));
    status.className = "status";
    status.textContent = tr("loading");
    let data;
    try {
      const response = await fetch(opts.endpoint + "/search?" + p.toString(), { credentials: "omit" });
      data = await response.json();
      if (!response.ok) data = { error: (data && data.error) || { message: String(response.status) } };
    } catch (e) {
      data = { error: { message: tr("widget_refused"), refused: true } };
    }
    if (mine !== seq) return;
    clear(list);
    clear(more);
    if (data.error) {
      status.className = "status error";
      status.textContent = data.error.refused ? data.error.message : tr("error", { message: data.error.message });
      pager.hidden = true;
      return;
    }
    const total = Number(data.total) || 0;
    status.textContent = total === 0 ? tr("no_results")
      : tr(data.total_exact === false ? "results_at_least" : "results_count", { n: total });
    for (const hit of data.hits || []) {
      append(list, el("li", {}, [
        hitLink(hit),
        el("div", { class: "meta" }, [dateNode(hit.date, tr), hit.source ? " · " + hit.source : null]),
        hit.snippet ? el("p", { class: "snippet", lang: hit.lang || null }, snippetNodes(hit.snippet)) : null,
      ]));
    }
    const first = (page - 1) * opts.size + 1, last = (page - 1) * opts.size + (data.hits || []).length;
    range.textContent = last >= first ? tr("widget_range", { first, last, total }) : "";
    prev.disabled = page <= 1;
    next.disabled = last >= total;
    pager.hidden = total <= opts.size && page === 1;
    append(more, el("a", { href: izdeuPage("/", params()) }, tr("widget_more")));
  }
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    query = input.value.trim();
    page = 1;
    run();
  });
  // Keep keyboard focus on a paging button that is still there after the page changes.
  prev.addEventListener("click", () => { page -= 1; run().then(() => (prev.disabled ? next : prev).focus()); });
  next.addEventListener("click", () => { page += 1; run().then(() => (next.disabled ? prev : next).focus()); });
  if (query || presets) run();
}

function mountAllWidgets() {
  const hosts = document.querySelectorAll("[data-izdeu-search]");
  for (const host of hosts) mountWidget(host);
  // A lone script tag without containers places one widget right after itself.
  if (hosts.length === 0 && thisScript && thisScript.parentNode && !thisScript.hasAttribute("data-izdeu-mounted")) {
    thisScript.setAttribute("data-izdeu-mounted", "");
    const host = el("div", { "data-izdeu-search": "", class: "izdeu-search" });
    thisScript.parentNode.insertBefore(host, thisScript.nextSibling);
    for (const name of thisScript.getAttributeNames()) {
      if (name.startsWith("data-") && name !== "data-izdeu-mounted") host.setAttribute(name, thisScript.getAttribute(name));
    }
    mountWidget(host);
  }
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mountAllWidgets);
else mountAllWidgets();
