// Every string the page and the widget show, one table per interface language (kk: Kazakh in
// Cyrillic, ru: Russian, en: English). The tables have the same keys (tests/web/i18n.test.js
// checks it). "{name}" marks a value filled in at run time; an object of plural forms
// (Intl.PluralRules categories: one, few, many, other) is chosen by the count "{n}". Dates are
// written from the tables too: browsers' locale data for Kazakh often lacks month names.
// Bundled at build time before dom.js and app.js (the page) or widget.js (the widget), inside
// one closure, so nothing here becomes a global of the host page.

const UI_LANGUAGES = ["kk", "ru", "en"];

const STRINGS = {
  kk: {
    language_name: "Қазақша",
    ui_language: "Интерфейс тілі",
    tagline: "қазақ жаңалықтарының мұрағаты",
    skip_to_results: "Нәтижелерге өту",
    search_label: "Не іздейсіз",
    search_placeholder: "Мысалы: Қоғамдық кеңес, qogamdyq kenes, \"өзара байланыс\"",
    search_button: "Іздеу",
    filters: "Сүзгілер",
    from_label: "Күнінен",
    to_label: "Күніне дейін",
    date_hint: "ЖЖЖЖ, ЖЖЖЖ-АА немесе ЖЖЖЖ-АА-КК",
    date_invalid: "Күнді ЖЖЖЖ, ЖЖЖЖ-АА немесе ЖЖЖЖ-АА-КК түрінде жазыңыз (мысалы 2015-09)",
    lang_label: "Мақала тілі",
    lang_any: "кез келген",
    lang_kk: "қазақша",
    lang_ru: "орысша",
    lang_other: "басқа",
    sort_label: "Сұрыптау",
    sort_relevance: "сәйкестігі бойынша",
    sort_newest: "алдымен жаңалары",
    sort_oldest: "алдымен ескілері",
    org_label: "Ұйым",
    org_placeholder: "мәслихат, Soros…",
    org_suggestions: "Ұйымдар",
    org_no_match: "Мұндай ұйым табылмады",
    org_remove: "Сүзгіні алып тастау: {name}",
    org_articles: { other: "{n} мақала" },
    org_aliases: "Басқа атаулары",
    org_with: "Жиі бірге аталады",
    facet_orgs: "Жиі аталатын ұйымдар",
    facet_years: "Жылдар",
    clear_filters: "Сүзгілерді тазалау",
    results_heading: "Нәтижелер",
    results_count: { other: "{n} мақала" },
    results_at_least: { other: "кемінде {n} мақала" },
    took: "{ms} мс",
    loading: "Іздеп жатыр…",
    relaxed: "Барлық сөз бір мақалада табылмады: ішінара сәйкес нәтижелер көрсетілді",
    did_you_mean: "Мүмкін, мынаны іздегенсіз: {q}",
    showing_for: "«{q}» бойынша нәтижелер көрсетілді",
    nothing_for: "«{q}» бойынша ештеңе табылмады.",
    no_results: "Ештеңе табылмады",
    tip_words: "Сөздерді азайтып немесе басқа сөздермен іздеп көріңіз.",
    tip_spelling: "Жазылуын тексеріңіз; латын әрпімен де іздеуге болады (qogamdyq kenes).",
    tip_filters: "Күн, тіл және ұйым сүзгілерін алып тастап көріңіз.",
    tip_syntax: "Сұрау тілі: \"дәл тіркес\", -алып тастау, title:сөз, org:ұйым, date:2015-09..2016-03.",
    error: "Қате: {message}",
    unreachable: "Сервер жауап бермеді. Кейінірек қайталап көріңіз.",
    prev: "← Алдыңғы",
    next: "Келесі →",
    pagination: "Беттер",
    page_of: "{page}-бет, барлығы {pages}",
    untitled: "(атаусыз)",
    date_day: "{year} ж. {day} {month_of}",
    date_month: "{year} ж. {month}",
    months: ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"],
    months_of: ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"],
    date_unknown: "күні белгісіз",
    date_source_text: "күні мәтіннен анықталды",
    date_source_page: "күні беттен алынды",
    matched_of: "{n}/{m} сөз сәйкес",
    matched: { other: "{n} сөз сәйкес" },
    attention_title: "Айлар бойынша мақалалар саны",
    attention_summary: "{first} – {last}; ең көбі: {peak} ({count})",
    attention_bar: "{month}: {count}",
    export: "Нәтижелерді жүктеу (JSON Lines)",
    back_to_results: "← Іздеу нәтижелеріне оралу",
    new_search: "← Жаңа іздеу",
    source: "Дереккөзі",
    article_language: "Тілі",
    original: "Түпнұсқа",
    unsafe_url: "(сілтеме емес: қауіпті мекенжай)",
    permalink: "Тұрақты сілтеме",
    article_orgs: "Мақалада аталған ұйымдар",
    org_all_articles: "«{name}» аталған барлық мақалалар",
    org_mentions: { other: "{n} рет аталды" },
    related: "Ұқсас мақалалар",
    copies: "Осы жаңалықтың басқа көшірмелері",
    article_not_found: "Мақала табылмады",
    widget_label: "izdeu мұрағатынан іздеу",
    widget_placeholder: "Іздеу…",
    widget_range: "{first}–{last} / {total}",
    widget_refused: "izdeu-ға қосылу мүмкін болмады: сервер қолжетімсіз немесе бұл сайтқа рұқсат берілмеген.",
    widget_more: "Барлық нәтижелер izdeu-да",
  },
  ru: {
    language_name: "Русский",
    ui_language: "Язык интерфейса",
    tagline: "архив казахстанских новостей",
    skip_to_results: "К результатам",
    search_label: "Что искать",
    search_placeholder: "Например: Қоғамдық кеңес, qogamdyq kenes, \"өзара байланыс\"",
    search_button: "Найти",
    filters: "Фильтры",
    from_label: "С даты",
    to_label: "По дату",
    date_hint: "ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД",
    date_invalid: "Введите дату как ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД (например 2015-09)",
    lang_label: "Язык статьи",
    lang_any: "любой",
    lang_kk: "казахский",
    lang_ru: "русский",
    lang_other: "другой",
    sort_label: "Сортировка",
    sort_relevance: "по релевантности",
    sort_newest: "сначала новые",
    sort_oldest: "сначала старые",
    org_label: "Организация",
    org_placeholder: "маслихат, Soros…",
    org_suggestions: "Организации",
    org_no_match: "Такой организации нет",
    org_remove: "Убрать фильтр: {name}",
    org_articles: { one: "{n} статья", few: "{n} статьи", many: "{n} статей", other: "{n} статьи" },
    org_aliases: "Другие названия",
    org_with: "Часто упоминается вместе с",
    facet_orgs: "Часто упоминаемые организации",
    facet_years: "Годы",
    clear_filters: "Сбросить фильтры",
    results_heading: "Результаты",
    results_count: { one: "{n} статья", few: "{n} статьи", many: "{n} статей", other: "{n} статьи" },
    results_at_least: {
      one: "не менее {n} статьи",
      few: "не менее {n} статей",
      many: "не менее {n} статей",
      other: "не менее {n} статьи",
    },
    took: "{ms} мс",
    loading: "Поиск…",
    relaxed: "Ни в одной статье нет всех слов сразу: показаны частичные совпадения",
    did_you_mean: "Возможно, вы искали: {q}",
    showing_for: "Показаны результаты по запросу «{q}»",
    nothing_for: "По запросу «{q}» ничего не найдено.",
    no_results: "Ничего не найдено",
    tip_words: "Уберите часть слов или попробуйте другие.",
    tip_spelling: "Проверьте написание; казахские слова можно писать и латиницей (qogamdyq kenes).",
    tip_filters: "Снимите фильтры по дате, языку и организации.",
    tip_syntax: "Язык запросов: \"точная фраза\", -исключить, title:слово, org:организация, date:2015-09..2016-03.",
    error: "Ошибка: {message}",
    unreachable: "Сервер не ответил. Попробуйте позже.",
    prev: "← Назад",
    next: "Далее →",
    pagination: "Страницы",
    page_of: "Страница {page} из {pages}",
    untitled: "(без заголовка)",
    date_day: "{day} {month_of} {year}",
    date_month: "{month} {year}",
    months: ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"],
    months_of: ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
    date_unknown: "дата неизвестна",
    date_source_text: "дата определена по тексту",
    date_source_page: "дата взята со страницы",
    matched_of: "совпало слов: {n} из {m}",
    matched: { one: "совпало {n} слово", few: "совпало {n} слова", many: "совпало {n} слов", other: "совпало {n} слова" },
    attention_title: "Число статей по месяцам",
    attention_summary: "{first} – {last}; больше всего: {peak} ({count})",
    attention_bar: "{month}: {count}",
    export: "Скачать результаты (JSON Lines)",
    back_to_results: "← К результатам поиска",
    new_search: "← Новый поиск",
    source: "Источник",
    article_language: "Язык",
    original: "Оригинал",
    unsafe_url: "(не ссылка: небезопасный адрес)",
    permalink: "Постоянная ссылка",
    article_orgs: "Организации в статье",
    org_all_articles: "Все статьи, где упоминается «{name}»",
    org_mentions: { one: "{n} упоминание", few: "{n} упоминания", many: "{n} упоминаний", other: "{n} упоминания" },
    related: "Похожие статьи",
    copies: "Другие копии этой новости",
    article_not_found: "Статья не найдена",
    widget_label: "Поиск по архиву izdeu",
    widget_placeholder: "Поиск…",
    widget_range: "{first}–{last} из {total}",
    widget_refused: "Не удалось связаться с izdeu: сервер недоступен или этому сайту не разрешён доступ.",
    widget_more: "Все результаты на izdeu",
  },
  en: {
    language_name: "English",
    ui_language: "Interface language",
    tagline: "search Kazakh news archives",
    skip_to_results: "Skip to results",
    search_label: "Search for",
    search_placeholder: "e.g. Қоғамдық кеңес, qogamdyq kenes, \"өзара байланыс\"",
    search_button: "Search",
    filters: "Filters",
    from_label: "From date",
    to_label: "To date",
    date_hint: "YYYY, YYYY-MM or YYYY-MM-DD",
    date_invalid: "Write the date as YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2015-09)",
    lang_label: "Article language",
    lang_any: "any",
    lang_kk: "Kazakh",
    lang_ru: "Russian",
    lang_other: "other",
    sort_label: "Sort by",
    sort_relevance: "relevance",
    sort_newest: "newest first",
    sort_oldest: "oldest first",
    org_label: "Organisation",
    org_placeholder: "maslikhat, Soros…",
    org_suggestions: "Organisations",
    org_no_match: "No such organisation",
    org_remove: "Remove filter: {name}",
    org_articles: { one: "{n} article", other: "{n} articles" },
    org_aliases: "Also written as",
    org_with: "Often mentioned with",
    facet_orgs: "Organisations mentioned",
    facet_years: "Years",
    clear_filters: "Clear filters",
    results_heading: "Results",
    results_count: { one: "{n} article", other: "{n} articles" },
    results_at_least: { one: "at least {n} article", other: "at least {n} articles" },
    took: "{ms} ms",
    loading: "Searching…",
    relaxed: "No article has every word: showing partial matches",
    did_you_mean: "Did you mean: {q}",
    showing_for: "Showing results for “{q}”",
    nothing_for: "Nothing was found for “{q}”.",
    no_results: "Nothing found",
    tip_words: "Use fewer words, or other words.",
    tip_spelling: "Check the spelling; Kazakh typed in Latin letters works too (qogamdyq kenes).",
    tip_filters: "Remove the date, language and organisation filters.",
    tip_syntax: "Query language: \"exact phrase\", -exclude, title:word, org:organisation, date:2015-09..2016-03.",
    error: "Error: {message}",
    unreachable: "The server did not answer. Try again later.",
    prev: "← Previous",
    next: "Next →",
    pagination: "Pages",
    page_of: "Page {page} of {pages}",
    untitled: "(untitled)",
    date_day: "{day} {month_of} {year}",
    date_month: "{month} {year}",
    months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    months_of: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    date_unknown: "date unknown",
    date_source_text: "date found in the text",
    date_source_page: "date taken from the page",
    matched_of: "{n} of {m} words matched",
    matched: { one: "{n} word matched", other: "{n} words matched" },
    attention_title: "Articles per month",
    attention_summary: "{first} – {last}; most: {peak} ({count})",
    attention_bar: "{month}: {count}",
    export: "Download results (JSON Lines)",
    back_to_results: "← Back to results",
    new_search: "← New search",
    source: "Source",
    article_language: "Language",
    original: "Original",
    unsafe_url: "(not a link: unsafe address)",
    permalink: "Permanent link",
    article_orgs: "Organisations in this article",
    org_all_articles: "All articles mentioning {name}",
    org_mentions: { one: "mentioned once", other: "mentioned {n} times" },
    related: "Related articles",
    copies: "Other copies of this story",
    article_not_found: "Article not found",
    widget_label: "Search the izdeu archive",
    widget_placeholder: "Search…",
    widget_range: "{first}–{last} of {total}",
    widget_refused: "Could not reach izdeu: the server is down or this site is not allowed to use it.",
    widget_more: "All results on izdeu",
  },
};

// The interface language for a list of preferred language tags (navigator.languages, a widget's
// data-ui-lang, the page's ?ui=): the first one we have, else Kazakh.
function pickUiLanguage(preferred) {
  for (const tag of preferred) {
    const base = String(tag || "").toLowerCase().split(/[-_]/)[0];
    if (UI_LANGUAGES.includes(base)) return base;
  }
  return "kk";
}

// A translator for one language: tr(key, values) -> string; tr.parts(key, values) -> array of
// strings and the DOM nodes given as values (so a link can sit inside a sentence without HTML).
function translator(lang) {
  const table = STRINGS[lang] || STRINGS.kk;
  const plural = new Intl.PluralRules(lang);
  const number = new Intl.NumberFormat(lang);
  function template(key, values) {
    let entry = table[key];
    if (entry === undefined) entry = STRINGS.kk[key];
    if (entry === undefined) return key;
    if (typeof entry === "object") {
      const n = values && typeof values.n === "number" ? values.n : 0;
      entry = entry[plural.select(n)] || entry.other;
    }
    return entry;
  }
  function shown(value) {
    return typeof value === "number" ? number.format(value) : value;
  }
  const tr = (key, values) =>
    template(key, values).replace(/\{(\w+)\}/g, (whole, name) =>
      values && name in values ? String(shown(values[name])) : whole);
  tr.parts = (key, values) =>
    template(key, values)
      .split(/(\{\w+\})/)
      .filter((piece) => piece !== "")
      .map((piece) => {
        const name = /^\{(\w+)\}$/.exec(piece);
        if (!name || !values || !(name[1] in values)) return piece;
        const value = values[name[1]];
        return typeof value === "object" ? value : String(shown(value));
      });
  tr.list = (key) => (Array.isArray(table[key]) ? table[key] : STRINGS.kk[key]);
  tr.lang = lang;
  tr.number = (n) => number.format(n);
  return tr;
}
