// Checks shared by the browser tests: script errors and CSP violations seen by a page, colour
// contrast of the rendered text, and what keyboard focus reaches.
"use strict";

// Records uncaught errors, console errors and Content-Security-Policy violations of `page`
// (also inside frames and shadow roots); returns the list, filled as the page runs.
function watch(page) {
  const problems = [];
  page.on("pageerror", (e) => problems.push("page error: " + e.message));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push("console error: " + m.text());
  });
  page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`);
    });
  });
  return problems;
}

// Visible text whose contrast with its background is below WCAG AA (4.5:1, or 3:1 for large
// text), as [{text, ratio, color, background}]. Runs in the page; `root` is a CSS selector.
async function contrastFailures(page, root = "body") {
  return page.evaluate((rootSelector) => {
    const parse = (c) => {
      const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(c);
      return m ? [+m[1], +m[2], +m[3], m[4] === undefined ? 1 : +m[4]] : [0, 0, 0, 0];
    };
    const luminance = ([r, g, b]) => {
      const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const background = (el) => {
      for (let node = el; node && node.nodeType === 1; node = node.parentElement || node.getRootNode().host) {
        const bg = parse(getComputedStyle(node).backgroundColor);
        if (bg[3] > 0.5) return bg;
      }
      return [255, 255, 255, 1];
    };
    const failures = [];
    const walk = (container) => {
      for (const el of container.querySelectorAll("*")) {
        if (el.shadowRoot) walk(el.shadowRoot);
        const text = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join("").trim();
        if (!text || el.getClientRects().length === 0) continue;
        const style = getComputedStyle(el);
        if (style.visibility === "hidden" || parseFloat(style.opacity) === 0) continue;
        if (el.closest(".vh") || (el.tagName === "OPTION")) continue;  // not drawn as such
        const fg = parse(style.color), bg = background(el);
        const [l1, l2] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
        const ratio = (l1 + 0.05) / (l2 + 0.05);
        const size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight, 10) >= 700;
        const needed = size >= 24 || (size >= 18.66 && bold) ? 3 : 4.5;
        if (ratio < needed) {
          failures.push({ text: text.slice(0, 40), ratio: Math.round(ratio * 100) / 100, color: style.color,
                          background: `rgb(${bg.slice(0, 3).join(",")})` });
        }
      }
    };
    const root = document.querySelector(rootSelector);
    if (root.shadowRoot) walk(root.shadowRoot);
    walk(root);
    return failures;
  }, root);
}

// Presses Tab up to `max` times; returns what had focus each time: a description, whether the
// focus is visible (an outline of 2 px or more, or a box shadow), and the element's selector
// hints. Inside a shadow root the innermost focused element is described.
async function tabWalk(page, max) {
  const seen = [];
  for (let i = 0; i < max; ++i) {
    await page.keyboard.press("Tab");
    const info = await page.evaluate(() => {
      let el = document.activeElement;
      while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const visible = (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== "none";
      const label = el.id || el.getAttribute("data-ui") || el.getAttribute("href") || el.textContent.trim().slice(0, 30);
      return { tag: el.tagName.toLowerCase(), id: el.id, label, visible, inShadow: el.getRootNode() !== document };
    });
    if (info) seen.push(info);
  }
  return seen;
}

module.exports = { watch, contrastFailures, tabWalk };
