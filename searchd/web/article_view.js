// The article view at /a/{id}: full text, date (and where it came from), source, the original URL
// (a link only when it is http/https), organisations, and related articles or copies of the same
// story when the API gives them. Organisation mentions are highlighted and linked to the
// organisation filter when /doc/{id} gives their offsets, else the organisations are listed.
//
// Bodies named only inside people's job titles or numbered events' names (organisations_in_titles:
// "... мәслихатының депутаты", "... партиясының он сегізінші съезі") are highlighted the same way,
// and listed apart.
//
// Mentions are read as organisations[i].mentions = [{paragraph, start, end, text, in_title}]. The offsets
// may count UTF-8 bytes, code points or UTF-16 units: the one whose slice equals `text` wins
// (bytes first when there is no text); a mention that fits none is found by its text instead.

const articleView = { seq: 0, cache: { id: "", data: null } };

async function renderArticleView(state, tr, focus) {
  const view = $("article-view");
  const seq = ++articleView.seq;
  let data = articleView.cache.id === state.article ? articleView.cache.data : null;
  if (!data) {
    clear(view);
    append(view, el("p", { class: "status", role: "status" }, tr("loading")));
    try {
      const response = await fetch("/doc/" + encodeURIComponent(state.article));
      data = await response.json();
      if (!response.ok) data = { error: (data && data.error) || { message: String(response.status) } };
    } catch (e) {
      data = { error: { message: tr("unreachable"), unreachable: true } };
    }
    if (seq !== articleView.seq) return;
    if (!data.error) articleView.cache = { id: state.article, data };
  }
  const app = searchView.app;
  clear(view);
  const back = searchParams(state).toString()
    ? el("a", { href: searchUrl(state), "data-nav": "" }, tr("back_to_results"))
    : el("a", { href: searchUrl({ ...state, q: "", orgs: [], from: "", to: "", lang: "", sort: "", page: 1 }), "data-nav": "" }, tr("new_search"));
  append(view, el("p", { class: "back" }, back));
  if (data.error) {
    const notFound = data.error.code === "not_found";
    append(view, [
      el("h1", { tabindex: "-1" }, notFound ? tr("article_not_found") : tr("error", { message: data.error.message })),
    ]);
    document.title = tr("article_not_found") + " — izdeu";
  } else {
    append(view, articleNodes(data, app.state, tr));
    document.title = (data.title || tr("untitled")) + " — izdeu";
  }
  if (focus) view.querySelector("h1").focus();
}

function articleNodes(a, state, tr) {
  const orgs = (a.organisations || []).filter((o) => o && o.id);
  const inTitles = (Array.isArray(a.organisations_in_titles) ? a.organisations_in_titles : []).filter((o) => o && o.id);
  const paragraphs = Array.isArray(a.paragraphs) ? a.paragraphs.map(String) : [];
  const mentions = mentionsByParagraph(orgs.concat(inTitles), paragraphs);
  const url = safeHttpUrl(a.url);
  const dateNote = a.date_source === "text" ? tr("date_source_text")
                 : a.date_source === "page" ? tr("date_source_page") : null;
  const permalink = location.origin + "/a/" + encodeURIComponent(a.id);
  return [
    el("article", { lang: a.lang || null }, [
      el("h1", { tabindex: "-1" }, a.title || tr("untitled")),
      el("p", { class: "meta", lang: tr.lang }, [
        dateNode(a.date, tr),
        dateNote ? el("span", { class: "date-source" }, dateNote) : null,
        a.source ? el("span", {}, [tr("source"), ": ", a.source]) : null,
        langName(a.lang, tr) ? el("span", {}, [tr("article_language"), ": ", langName(a.lang, tr)]) : null,
      ]),
      a.url ? el("p", { class: "meta original", lang: tr.lang }, [
        tr("original"), ": ",
        url ? el("a", { href: url, rel: "noopener noreferrer nofollow" }, a.url)
            : [el("span", { class: "plain-url" }, a.url), " ", tr("unsafe_url")],
      ]) : null,
      el("div", { class: "body" }, paragraphs.map((text, i) => el("p", {}, paragraphNodes(text, mentions.get(i) || [], state, tr)))),
    ]),
    el("aside", { class: "article-side" }, [
    orgList("article-orgs", tr("article_orgs"), orgs, state, tr),
    orgList("article-orgs-in-titles", tr("article_orgs_in_titles"), inTitles, state, tr),
    articleList(tr("related"), a.related || a.similar, state, tr, "related"),
    articleList(tr("copies"), a.copies || a.duplicates, state, tr, "copies"),
    el("p", { class: "permalink" }, [tr("permalink"), ": ", el("a", { href: "/a/" + encodeURIComponent(a.id) }, permalink)]),
    ]),
  ];
}

function orgList(cls, title, orgs, state, tr) {
  if (!orgs.length) return null;
  return el("section", { class: cls }, [
    el("h2", {}, title),
    el("ul", {}, orgs.map((o) => el("li", {}, [
      el("a", { href: orgSearchUrl(o.id, state), "data-nav": "" }, o.name || o.id),
      Array.isArray(o.mentions) && o.mentions.length
        ? el("span", { class: "count" }, [" (", tr("org_mentions", { n: o.mentions.length }), ")"]) : null,
    ]))),
  ]);
}

function orgSearchUrl(id, state) {
  return searchUrl({ q: "", orgs: [id], from: "", to: "", lang: "", sort: "-date", page: 1, ui: state.ui });
}

function articleList(title, items, state, tr, kind) {
  if (!Array.isArray(items) || items.length === 0) return null;
  return el("section", { class: "article-" + kind }, [
    el("h2", {}, title),
    el("ul", {}, items.filter((r) => r && r.id).map((r) => el("li", {}, [
      el("a", { href: articleUrl(r.id, state), "data-nav": "", lang: r.lang || null }, r.title || tr("untitled")),
      el("span", { class: "meta" }, [" · ", dateNode(r.date, tr), r.source ? " · " + r.source : null]),
    ]))),
  ]);
}

// paragraph index -> [{start, end, org}] in UTF-16 units, sorted, without overlaps.
function mentionsByParagraph(orgs, paragraphs) {
  const out = new Map();
  for (const org of orgs) {
    for (const m of Array.isArray(org.mentions) ? org.mentions : []) {
      const index = Number(m.paragraph !== undefined ? m.paragraph : m.para);
      if (!Number.isInteger(index) || index < 0 || index >= paragraphs.length) continue;
      const range = mentionRange(paragraphs[index], m);
      if (!range) continue;
      if (!out.has(index)) out.set(index, []);
      out.get(index).push({ start: range[0], end: range[1], org, inTitle: m.in_title === true });
    }
  }
  for (const list of out.values()) {
    list.sort((x, y) => x.start - y.start || y.end - x.end);
    for (let i = 1; i < list.length; ) {
      if (list[i].start < list[i - 1].end) list.splice(i, 1); else ++i;
    }
  }
  return out;
}

// [start, end) of a mention in UTF-16 units, or null.
function mentionRange(text, m) {
  const start = Number(m.start), end = m.end !== undefined ? Number(m.end) : Number(m.start) + Number(m.length);
  const wanted = typeof m.text === "string" && m.text !== "" ? m.text : null;
  const candidates = [];
  if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start) {
    const maps = offsetMaps(text);
    const fromBytes = [maps.byte.get(start), maps.byte.get(end)];
    const fromPoints = [maps.point.get(start), maps.point.get(end)];
    candidates.push(fromBytes, fromPoints, [start, end]);
  }
  for (const [s, e] of candidates) {
    if (s === undefined || e === undefined || e > text.length || s >= e) continue;
    if (wanted === null || text.slice(s, e) === wanted) return [s, e];
  }
  if (wanted !== null) {
    const at = text.indexOf(wanted);
    if (at >= 0) return [at, at + wanted.length];
  }
  return null;
}

// UTF-8 byte offset -> UTF-16 offset and code point index -> UTF-16 offset, at every boundary.
function offsetMaps(text) {
  const byte = new Map(), point = new Map();
  let bytes = 0, points = 0, i = 0;
  for (const ch of text) {
    byte.set(bytes, i);
    point.set(points, i);
    const cp = ch.codePointAt(0);
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    points += 1;
    i += ch.length;
  }
  byte.set(bytes, i);
  point.set(points, i);
  return { byte, point };
}

function paragraphNodes(text, mentions, state, tr) {
  const nodes = [];
  let at = 0;
  for (const m of mentions) {
    if (m.start > at) nodes.push(text.slice(at, m.start));
    const name = m.org.name || m.org.id;
    nodes.push(el("a", {
      class: m.inTitle ? "org-mention in-title" : "org-mention", href: orgSearchUrl(m.org.id, state), "data-nav": "",
      title: (m.inTitle ? tr("org_in_title") + " " : "") + tr("org_all_articles", { name }), "data-org": m.org.id,
    }, text.slice(m.start, m.end)));
    at = m.end;
  }
  if (at < text.length) nodes.push(text.slice(at));
  return nodes;
}
