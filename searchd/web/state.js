// The page's whole state lives in its URL, so any view can be shared, bookmarked and reloaded:
//   /?q=...&org=a|b&from=2015&to=2016-03&lang=kk&sort=-date&page=2&ui=ru   search
//   /a/{id}?q=...&ui=ru                                                    an article (the
//                                         query part remembers the search to go back to)
// The search parameters have the names and forms of GET /search.

const DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const SORTS = ["", "date", "-date"];
const PAGE_SIZE = 10;

function readState(location) {
  const p = new URLSearchParams(location.search);
  const text = (name) => (p.get(name) || "").trim();
  const page = parseInt(p.get("page") || "1", 10);
  const articleMatch = /^\/a\/(.+)$/.exec(location.pathname);
  let article = null;
  if (articleMatch) {
    try {
      article = decodeURIComponent(articleMatch[1]);
    } catch (e) {
      article = articleMatch[1];
    }
  }
  return {
    q: p.get("q") || "",
    orgs: text("org").split("|").filter((id) => id !== ""),
    from: text("from"),
    to: text("to"),
    lang: text("lang"),
    sort: SORTS.includes(text("sort")) ? text("sort") : "",
    page: page > 0 && page < 100000 ? page : 1,
    ui: UI_LANGUAGES.includes(text("ui")) ? text("ui") : "",
    article,
  };
}

// The search part of a state as URL parameters (fixed order, empty ones left out).
function searchParams(state) {
  const p = new URLSearchParams();
  if (state.q) p.set("q", state.q);
  if (state.orgs.length) p.set("org", state.orgs.join("|"));
  for (const name of ["from", "to", "lang", "sort"]) if (state[name]) p.set(name, state[name]);
  if (state.page > 1) p.set("page", String(state.page));
  return p;
}

function withUi(params, state) {
  if (state.ui) params.set("ui", state.ui);
  return params;
}

function searchUrl(state) {
  const query = withUi(searchParams(state), state).toString();
  return "/" + (query ? "?" + query : "");
}

function articleUrl(id, state) {
  const query = withUi(searchParams(state), state).toString();
  return "/a/" + encodeURIComponent(id) + (query ? "?" + query : "");
}

function hasFilters(state) {
  return state.orgs.length > 0 || state.from !== "" || state.to !== "" || state.lang !== "";
}

function datesValid(state) {
  return (state.from === "" || DATE_PATTERN.test(state.from)) &&
         (state.to === "" || DATE_PATTERN.test(state.to));
}

// The GET /search request for a state.
function apiSearchUrl(state) {
  const p = searchParams(state);
  p.set("size", String(PAGE_SIZE));
  p.set("facets", "org,year,month");
  p.set("facet_size", "12");
  return "/search?" + p.toString();
}
