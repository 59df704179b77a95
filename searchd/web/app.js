// The page: reads its state from the URL, applies the interface language, and shows the search
// view (/) or the article view (/a/{id}). Moving between states pushes a URL, so Back, reload
// and shared links all land on the same view. Served as /app.js, bundled after i18n.js, dom.js,
// state.js, chart.js, search_view.js and article_view.js (see searchd/CMakeLists.txt).

const app = {
  state: null,
  tr: null,
  // Shows `next`, remembering it in the URL (a new history entry unless replace is set).
  go(next, options) {
    const url = next.article ? articleUrl(next.article, next) : searchUrl(next);
    if (options && options.replace) history.replaceState(null, "", url);
    else if (url !== location.pathname + location.search) history.pushState(null, "", url);
    route(options && options.focus);
  },
};

function storedUiLanguage() {
  try {
    return localStorage.getItem("izdeu.ui") || "";
  } catch (e) {
    return "";  // storage blocked: the URL and the browser's languages still decide
  }
}

function rememberUiLanguage(lang) {
  try {
    localStorage.setItem("izdeu.ui", lang);
  } catch (e) {
    // Not remembered across visits; the URL still carries it.
  }
}

// Static strings of index.html: [data-t] text, [data-t-placeholder], [data-t-aria-label].
function translateStatic(tr) {
  document.documentElement.lang = tr.lang;
  for (const node of document.querySelectorAll("[data-t]")) node.textContent = tr(node.dataset.t);
  for (const node of document.querySelectorAll("[data-t-placeholder]")) node.placeholder = tr(node.dataset.tPlaceholder);
  for (const node of document.querySelectorAll("[data-t-aria-label]")) node.setAttribute("aria-label", tr(node.dataset.tAriaLabel));
}

function renderUiLanguages(state) {
  $("home").setAttribute("href", searchUrl({ q: "", orgs: [], from: "", to: "", lang: "", sort: "", page: 1, ui: state.ui }));
  const nav = clear($("ui-langs"));
  for (const lang of UI_LANGUAGES) {
    const target = { ...state, ui: lang };
    const href = state.article ? articleUrl(state.article, target) : searchUrl(target);
    append(nav, el("a", {
      href, lang, hreflang: lang, "data-nav": "", "data-ui": lang,
      "aria-current": lang === state.ui ? "true" : null,
    }, translator(lang)("language_name")));
  }
}

function route(focus) {
  const state = readState(location);
  if (!state.ui) state.ui = pickUiLanguage([storedUiLanguage(), ...(navigator.languages || [navigator.language])]);
  const languageChanged = !app.tr || app.tr.lang !== state.ui;
  app.state = state;
  if (languageChanged) {
    app.tr = translator(state.ui);
    translateStatic(app.tr);
  }
  renderUiLanguages(state);
  $("search-view").hidden = Boolean(state.article);
  $("article-view").hidden = !state.article;
  $("search").querySelector("input").value = state.q;
  if (state.article) {
    renderArticleView(state, app.tr, focus === "article");
  } else {
    document.title = (state.q ? state.q + " — " : "") + "izdeu — " + app.tr("tagline");
    renderSearchView(state, app.tr);
    if (focus === "results") $("results").focus();
  }
}

// Links between states of the page are followed in place; a click with a modifier key (new tab,
// new window) or on any other link keeps the browser's own behaviour.
function onLinkClick(e) {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const link = e.target.closest("a[data-nav]");
  if (!link) return;
  e.preventDefault();
  if (link.dataset.ui) rememberUiLanguage(link.dataset.ui);
  const focus = link.dataset.focus || (link.pathname.startsWith("/a/") ? "article" : null);
  if (link.pathname + link.search !== location.pathname + location.search) {
    history.pushState(null, "", link.pathname + link.search);
  }
  route(focus);
  if (!focus && link.dataset.ui) $("ui-langs").querySelector(`[data-ui="${link.dataset.ui}"]`).focus();
}

function start() {
  bindSearchView(app);
  document.addEventListener("click", onLinkClick);
  window.addEventListener("popstate", () => route(null));
  $("home").setAttribute("data-nav", "");
  const initial = readState(location);
  route(null);
  // Write the interface language into the URL, so what is on screen is what a shared link shows.
  if (!initial.ui) history.replaceState(null, "", app.state.article ? articleUrl(app.state.article, app.state) : searchUrl(app.state));
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
