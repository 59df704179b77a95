// The search view: the form and filters, results with highlighted snippets, facets, attention
// over time, notices (relaxed, did_you_mean, corrected_from), no-results help and paging.
// It reads fields that newer servers add (matched word counts, did_you_mean, corrected_from)
// when present and works without them.

const $ = (id) => document.getElementById(id);

const searchView = {
  app: null,
  seq: 0,               // answers to older requests are dropped
  controller: null,     // aborts the request in flight when a newer one starts
  cache: { url: "", data: null },
  orgNames: new Map(),  // organisation id -> name, from every answer seen
};

function bindSearchView(app) {
  searchView.app = app;
  $("search").addEventListener("submit", (e) => {
    e.preventDefault();
    app.go({ ...app.state, q: $("q").value.trim(), page: 1, article: null });
  });
  for (const id of ["from", "to"]) {
    $(id).addEventListener("change", () => {
      const next = { ...app.state, from: $("from").value.trim(), to: $("to").value.trim(), page: 1 };
      if (showDateErrors(next, app.tr)) app.go(next);
    });
  }
  for (const id of ["lang", "sort"]) {
    $(id).addEventListener("change", () => app.go({ ...app.state, [id]: $(id).value, page: 1 }));
  }
  $("clear").addEventListener("click", () => {
    app.go({ ...app.state, orgs: [], from: "", to: "", lang: "", page: 1 });
    $("q").focus();
  });
  bindOrgCombobox(app);
  // The filters fold away on phones (their summary counts the active ones) and stay open from
  // 860 px, where the summary is hidden.
  const wide = window.matchMedia("(min-width: 860px)");
  const fold = () => { $("filters").open = wide.matches; };
  wide.addEventListener("change", fold);
  fold();
}

// Marks invalid date fields; true when both are valid.
function showDateErrors(state, tr) {
  let ok = true;
  for (const id of ["from", "to"]) {
    const valid = state[id] === "" || DATE_PATTERN.test(state[id]);
    $(id).setAttribute("aria-invalid", valid ? "false" : "true");
    ok = ok && valid;
  }
  $("date-error").textContent = ok ? "" : tr("date_invalid");
  $("date-error").hidden = ok;
  return ok;
}

function renderSearchView(state, tr) {
  $("q").value = state.q;
  $("from").value = state.from;
  $("to").value = state.to;
  $("lang").value = state.lang;
  $("sort").value = state.sort;
  $("clear").hidden = !hasFilters(state);
  const active = state.orgs.length + (state.from ? 1 : 0) + (state.to ? 1 : 0) + (state.lang ? 1 : 0);
  $("filters").querySelector("summary").textContent = tr("filters") + (active ? " (" + active + ")" : "");
  renderChips(state, tr);
  renderOrgPanel(state, tr);
  if (!showDateErrors(state, tr)) {
    clearResults();
    return;
  }
  const url = apiSearchUrl(state);
  if (searchView.cache.url === url) {
    renderResults(searchView.cache.data, state, tr);  // e.g. only the interface language changed
    return;
  }
  runSearch(url, state, tr);
}

function clearResults() {
  for (const id of ["hits", "notices"]) clear($(id));
  for (const id of ["attention", "no-results", "pager", "facet-orgs", "facet-years"]) $(id).hidden = true;
  $("status").textContent = "";
}

async function runSearch(url, state, tr) {
  const seq = ++searchView.seq;
  if (searchView.controller) searchView.controller.abort();
  const controller = new AbortController();
  searchView.controller = controller;
  $("status").textContent = tr("loading");
  $("results").setAttribute("aria-busy", "true");
  let data;
  try {
    const response = await fetch(url, { signal: controller.signal });
    data = await response.json();
    if (!response.ok) data = { error: (data && data.error) || { message: String(response.status) } };
  } catch (e) {
    if (e.name === "AbortError") return;
    data = { error: { message: tr("unreachable"), unreachable: true } };
  }
  if (seq !== searchView.seq) return;
  $("results").removeAttribute("aria-busy");
  if (!data.error) searchView.cache = { url, data };
  // The page may have changed language while the answer was on its way.
  renderResults(data, searchView.app.state, searchView.app.tr);
}

function renderResults(data, state, tr) {
  clearResults();
  if (data.error) {
    const message = data.error.unreachable ? data.error.message : tr("error", { message: data.error.message });
    $("status").textContent = "";
    append($("notices"), el("p", { class: "notice error", role: "alert" }, message));
    return;
  }
  for (const hit of data.hits || []) {
    rememberOrgs(hit.organisations);
    rememberOrgs(hit.organisations_in_titles);  // a filter chip may name one of these
  }
  rememberOrgs(data.facets && data.facets.org);
  renderChips(state, tr);

  const total = Number(data.total) || 0;
  const count = tr(data.total_exact === false ? "results_at_least" : "results_count", { n: total });
  $("status").textContent = typeof data.took_ms === "number"
    ? count + " · " + tr("took", { ms: Math.round(data.took_ms * 10) / 10 }) : count;
  renderNotices(data, state, tr);
  drawAttention($("attention"), data.facets && data.facets.month, tr,
                (month) => searchView.app.go({ ...state, from: month, to: month, page: 1 }));
  renderHits(data, state, tr);
  if (!data.hits || data.hits.length === 0) renderNoResults(state, tr);
  renderFacets(data.facets, state, tr);
  renderPager(total, state, tr);
  const exportParams = searchParams({ ...state, page: 1 });
  $("export").setAttribute("href", "/export" + (exportParams.toString() ? "?" + exportParams : ""));
}

function rememberOrgs(orgs) {
  for (const org of orgs || []) if (org && org.id && org.name) searchView.orgNames.set(org.id, org.name);
}

// A link to another search state, followed in place (app.js handles [data-nav] clicks).
function navLink(state, children, attrs) {
  return el("a", { href: searchUrl(state), "data-nav": "", ...attrs }, children);
}

function queryText(value) {
  if (typeof value === "string") return value;
  if (value && typeof value === "object") return value.query || value.text || "";
  return "";
}

function renderNotices(data, state, tr) {
  const notices = $("notices");
  const original = queryText(data.corrected_from);
  const suggestion = queryText(data.did_you_mean);
  if (original) {
    // The server found nothing for `original` and answered for a corrected query instead.
    let corrected = queryText(data.corrected_query) || queryText(data.corrected_to);
    if (!corrected && data.query && data.query !== original) corrected = data.query;
    if (!corrected) corrected = suggestion;
    append(notices, el("p", { class: "notice", "data-notice": "corrected" }, [
      tr("nothing_for", { q: original }), " ",
      corrected ? tr.parts("showing_for", { q: el("strong", {}, corrected) }) : null,
    ]));
  } else if (suggestion && suggestion !== state.q) {
    append(notices, el("p", { class: "notice", "data-notice": "did-you-mean" },
                        tr.parts("did_you_mean", {
                          q: navLink({ ...state, q: suggestion, page: 1 }, el("strong", {}, suggestion)),
                        })));
  }
  if (data.relaxed) append(notices, el("p", { class: "notice" }, tr("relaxed")));
}

function matchedText(hit, data, tr) {
  const count = (v) => (Array.isArray(v) ? v.length : typeof v === "number" ? v : null);
  const n = count(hit.matched_words !== undefined ? hit.matched_words : hit.matched);
  const m = count(hit.query_words !== undefined ? hit.query_words : data.query_words);
  if (n === null) return null;
  if (m !== null) return n < m ? tr("matched_of", { n, m }) : null;
  return data.relaxed ? tr("matched", { n }) : null;
}

function langName(code, tr) {
  return code === "kk" || code === "ru" ? tr("lang_" + code) : code || null;
}

function renderHits(data, state, tr) {
  const list = $("hits");
  list.setAttribute("start", String((state.page - 1) * PAGE_SIZE + 1));
  for (const hit of data.hits || []) {
    const orgs = (hit.organisations || []).filter((o) => o && o.id && !state.orgs.includes(o.id));
    append(list, el("li", { class: "hit" }, [
      el("h2", {}, el("a", { href: articleUrl(hit.id, state), "data-nav": "", lang: hit.lang || null },
                      hit.title || tr("untitled"))),
      el("p", { class: "meta" }, [
        dateNode(hit.date, tr),
        hit.source ? el("span", {}, hit.source) : null,
        langName(hit.lang, tr) ? el("span", {}, langName(hit.lang, tr)) : null,
        matchedText(hit, data, tr) ? el("span", { class: "matched" }, matchedText(hit, data, tr)) : null,
      ]),
      hit.snippet ? el("p", { class: "snippet", lang: hit.lang || null }, snippetNodes(hit.snippet)) : null,
      orgs.length ? el("p", { class: "hit-orgs" }, orgs.slice(0, 5).map((o) =>
        navLink({ ...state, orgs: [...state.orgs, o.id], page: 1 }, o.name || o.id))) : null,
    ]));
  }
}

function renderNoResults(state, tr) {
  const box = clear($("no-results"));
  const tips = [tr("tip_words"), tr("tip_spelling")];
  if (hasFilters(state)) tips.push(tr("tip_filters"));
  tips.push(tr("tip_syntax"));
  append(box, [
    el("h2", {}, tr("no_results")),
    el("ul", {}, tips.map((tip) => el("li", {}, tip))),
    hasFilters(state)
      ? el("p", {}, navLink({ ...state, orgs: [], from: "", to: "", lang: "", page: 1 }, tr("clear_filters")))
      : null,
  ]);
  box.hidden = false;
}

function renderFacets(facets, state, tr) {
  const orgs = ((facets && facets.org) || []).filter((o) => !state.orgs.includes(o.id));
  const orgList = clear($("facet-orgs").querySelector("ul"));
  for (const o of orgs) {
    append(orgList, el("li", {}, navLink({ ...state, orgs: [...state.orgs, o.id], page: 1 }, [
      el("span", {}, o.name || o.id), el("span", { class: "count" }, tr.number(o.count)),
    ])));
  }
  $("facet-orgs").hidden = orgs.length === 0;
  const years = (facets && facets.year) || [];
  const yearList = clear($("facet-years").querySelector("ul"));
  for (const y of years) {
    const year = String(y.value);
    const current = state.from === year && state.to === year;
    append(yearList, el("li", {}, navLink({ ...state, from: year, to: year, page: 1 }, [
      el("span", {}, year), el("span", { class: "count" }, tr.number(y.count)),
    ], { "aria-current": current ? "true" : null })));
  }
  $("facet-years").hidden = years.length === 0;
}

function renderPager(total, state, tr) {
  const pager = clear($("pager"));
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (pages <= 1 && state.page <= 1) return;
  append(pager, [
    state.page > 1 ? navLink({ ...state, page: state.page - 1 }, tr("prev"), { rel: "prev", "data-focus": "results" }) : null,
    el("span", { "aria-current": "page" }, tr("page_of", { page: state.page, pages })),
    state.page < pages ? navLink({ ...state, page: state.page + 1 }, tr("next"), { rel: "next", "data-focus": "results" }) : null,
  ]);
  pager.hidden = false;
}

function renderChips(state, tr) {
  const chips = clear($("chips"));
  for (const id of state.orgs) {
    const name = searchView.orgNames.get(id) || id;
    const remove = el("button", { type: "button", "aria-label": tr("org_remove", { name }) }, "×");
    remove.addEventListener("click", () => {
      searchView.app.go({ ...searchView.app.state, orgs: searchView.app.state.orgs.filter((o) => o !== id), page: 1 });
      $("org-input").focus();
    });
    append(chips, el("li", {}, [el("span", {}, name), remove]));
  }
  fetchOrgNames(state.orgs);
}

// Names of organisations known only by id (a shared link) come from GET /orgs/{id}.
const pendingNames = new Set();
function fetchOrgNames(ids) {
  for (const id of ids) {
    if (searchView.orgNames.has(id) || pendingNames.has(id)) continue;
    pendingNames.add(id);
    fetch("/orgs/" + encodeURIComponent(id))
      .then((r) => (r.ok ? r.json() : null))
      .then((org) => {
        if (org && org.name) {
          searchView.orgNames.set(id, org.name);
          if (!searchView.app.state.article) renderChips(searchView.app.state, searchView.app.tr);
        }
      })
      .catch(() => {});
  }
}

// The organisation filter: an ARIA 1.2 combobox over GET /orgs?prefix=.
function bindOrgCombobox(app) {
  const input = $("org-input"), list = $("org-list");
  let options = [], active = -1, timer = 0, seq = 0;
  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };
  const highlight = (i) => {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute("aria-selected", j === i ? "true" : "false"));
    if (i >= 0 && list.children[i]) {
      input.setAttribute("aria-activedescendant", list.children[i].id);
      list.children[i].scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  };
  const choose = (org) => {
    searchView.orgNames.set(org.id, org.name);
    input.value = "";
    close();
    const orgs = app.state.orgs.includes(org.id) ? app.state.orgs : [...app.state.orgs, org.id];
    app.go({ ...app.state, orgs, page: 1 });
  };
  const show = (orgs) => {
    clear(list);
    options = orgs;
    orgs.forEach((org, i) => {
      const li = el("li", { role: "option", id: "org-option-" + i, "aria-selected": "false" }, [
        org.name, el("span", { class: "count" }, app.tr("org_articles", { n: org.articles || 0 })),
      ]);
      li.addEventListener("mousedown", (e) => { e.preventDefault(); choose(org); });
      list.appendChild(li);
    });
    if (orgs.length === 0) list.appendChild(el("li", { role: "option", "aria-disabled": "true" }, app.tr("org_no_match")));
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    active = -1;
  };
  input.addEventListener("input", () => {
    clearTimeout(timer);
    const prefix = input.value.trim();
    if (!prefix) { close(); return; }
    timer = setTimeout(async () => {
      const mine = ++seq;
      try {
        const r = await fetch("/orgs?size=8&prefix=" + encodeURIComponent(prefix));
        const data = await r.json();
        if (mine === seq && input.value.trim() === prefix) show(r.ok ? data.organisations || [] : []);
      } catch (e) {
        if (mine === seq) close();
      }
    }, 150);
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      if (list.hidden || options.length === 0) return;
      e.preventDefault();
      const step = e.key === "ArrowDown" ? 1 : -1;
      highlight((active + step + options.length) % options.length);
    } else if (e.key === "Enter") {
      e.preventDefault();
      if (!list.hidden && options.length > 0) choose(options[Math.max(active, 0)]);
    } else if (e.key === "Escape") {
      if (!list.hidden) { e.preventDefault(); close(); }
    }
  });
  input.addEventListener("blur", close);
}

// With one organisation as the filter, what GET /orgs/{id} says about it: its article count,
// other names, and (when the server gives them) the organisations most often mentioned with it.
const orgPanel = { id: "", data: null };
async function renderOrgPanel(state, tr) {
  const panel = $("org-panel");
  const id = state.orgs.length === 1 ? state.orgs[0] : "";
  if (!id) {
    panel.hidden = true;
    return;
  }
  if (orgPanel.id !== id) {
    orgPanel.id = id;
    orgPanel.data = null;
    try {
      const r = await fetch("/orgs/" + encodeURIComponent(id));
      orgPanel.data = r.ok ? await r.json() : null;
    } catch (e) {
      orgPanel.data = null;
    }
  }
  const org = orgPanel.data, app = searchView.app;
  if (!org || app.state.article || app.state.orgs.length !== 1 || app.state.orgs[0] !== org.id) {
    panel.hidden = true;
    return;
  }
  tr = app.tr;
  const aliases = (Array.isArray(org.aliases) ? org.aliases : []).filter((a) => typeof a === "string").slice(0, 8);
  const withOrgs = [org.co_mentioned, org.mentioned_with, org.related_orgs, org.related].find(Array.isArray) || [];
  const others = withOrgs.filter((o) => o && o.id && o.id !== org.id).slice(0, 8);
  clear(panel);
  append(panel, [
    el("h2", {}, [org.name || org.id, typeof org.articles === "number"
      ? el("span", { class: "label" }, " · " + tr("org_articles", { n: org.articles })) : null]),
    aliases.length ? el("p", { class: "aliases" }, [el("span", { class: "label" }, tr("org_aliases") + ": "), aliases.join(", ")]) : null,
    others.length ? el("p", { class: "with" }, [el("span", { class: "label" }, tr("org_with") + ": "),
      others.map((o, i) => [i ? ", " : "", navLink({ ...app.state, orgs: [o.id], page: 1 }, o.name || o.id)])]) : null,
  ]);
  panel.hidden = false;
}
