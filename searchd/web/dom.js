// DOM helpers shared by the page and the widget. Contract: data from the API (titles, names,
// URLs, snippets) reaches the document only as text nodes or through the checks below; nothing
// here assigns innerHTML. Archives are scraped from the web, so every field is untrusted.

// The URL when it is an absolute http: or https: URL, else null (javascript:, data:, relative,
// malformed...). Only such URLs may become links to the outside.
function safeHttpUrl(raw) {
  if (typeof raw !== "string" || raw === "") return null;
  try {
    const url = new URL(raw);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch (e) {
    return null;
  }
}

// Links the page builds itself: a path on this server ("/...", not "//host"), a query or a
// fragment, or a URL that passed safeHttpUrl.
function isAllowedHref(href) {
  return (/^[/?#]/.test(href) && !href.startsWith("//")) || safeHttpUrl(href) !== null;
}

// el("a", {href: "/x", class: "c"}, ["text", node, null, [more]]) -> the element.
// Strings become text nodes; null/undefined/false children are skipped; arrays are flattened.
function el(tag, attrs, children) {
  const node = /^(svg|rect|title|g)$/.test(tag)
    ? document.createElementNS("http://www.w3.org/2000/svg", tag)
    : document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "href" && !isAllowedHref(String(value))) continue;  // defence in depth
    node.setAttribute(name, value === true ? "" : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  if (children === null || children === undefined || children === false) return node;
  if (Array.isArray(children)) {
    for (const child of children) append(node, child);
  } else if (typeof children === "object") {
    node.appendChild(children);
  } else {
    node.appendChild(document.createTextNode(String(children)));
  }
  return node;
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: "\"", apos: "'" };

function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (whole, name) => {
    if (name[0] !== "#") return ENTITIES[name];
    const code = name[1] === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

// A snippet from /search (escaped text with <mark> around matched words) as DOM nodes: text
// nodes and <mark> elements only. Any other markup stays visible as literal text.
function snippetNodes(snippet) {
  const nodes = [];
  let inMark = false;
  for (const piece of String(snippet || "").split(/(<mark>|<\/mark>)/)) {
    if (piece === "<mark>") inMark = true;
    else if (piece === "</mark>") inMark = false;
    else if (piece !== "") {
      const text = decodeEntities(piece);
      nodes.push(inMark ? el("mark", {}, text) : document.createTextNode(text));
    }
  }
  return nodes;
}

// A <time> for an API date (YYYY, YYYY-MM or YYYY-MM-DD) written in the interface language,
// or the "date unknown" text.
function dateNode(date, tr) {
  const parts = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(String(date || ""));
  if (!parts) return el("span", { class: "nodate" }, tr("date_unknown"));
  const [, year, month, day] = parts;
  const m = month ? Number(month) - 1 : -1;
  let text = year;
  if (m >= 0 && m < 12) {
    text = day ? tr("date_day", { year, day: Number(day), month_of: tr.list("months_of")[m] })
               : tr("date_month", { year, month: tr.list("months")[m] });
  }
  return el("time", { datetime: date }, text);
}

// "2015-09" in the interface language ("2015 ж. қыркүйек", "сентябрь 2015", "September 2015").
function monthText(value, tr) {
  const [year, month] = String(value).split("-");
  const name = tr.list("months")[Number(month) - 1];
  return name ? tr("date_month", { year, month: name }) : String(value);
}
