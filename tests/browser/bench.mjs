// Time to first text and to ready, measured in the page, for each article and for the views
// over the whole corpus. Run by `cargo xtask bench`, which serves dist/, sets BAIMO_BASE_URL
// and BAIMO_BENCH_RUNS, and turns the output into a table.
//
// Each visit is cold: a new browser context (empty HTTP and wasm code caches). An init script
// records performance.now() (ms since navigation start) when a MutationObserver first sees
//   text: an `article p` element with text (reader) or the page's `main h1` (views), and
//   seg:  `article[data-segmented="true"]` (reader) or the view's data in place of its
//         "analysing" status line (timeline, compare, search: the whole corpus segmented and
//         analysed),
// and a PerformanceObserver (Long Tasks API) records the longest main-thread task that began
// after the text was on screen: how long the page could not respond while it was readable.
// Output: one `BENCH\t<page>\t<run>\t<text ms>\t<seg ms>\t<longest task ms>` line per visit
// (`-` if never reached; `0` when no task over 50 ms, the API's threshold).

import { chromium } from 'playwright-core';
import { ARTICLE_IDS, BASE_URL, CHROMIUM, CHROMIUM_ARGS, SEGMENT_TIMEOUT } from './harness.mjs';

const RUNS = Number(process.env.BAIMO_BENCH_RUNS ?? 7);

/** Every article, then the views that analyse the whole corpus. */
const PAGES = [
  ...ARTICLE_IDS.map((id) => `/read/${id}`),
  '/timeline',
  '/compare?c=amazon,anthropic',
  '/search?q=亚马逊',
];

function recordMilestones() {
  const marks = { longTask: 0 };
  window.__baimoBench = marks;
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) {
      if (marks.text !== undefined && task.startTime + task.duration > marks.text) {
        marks.longTask = Math.max(marks.longTask, task.duration);
      }
    }
  }).observe({ type: 'longtask', buffered: true });
  const reader = location.pathname.startsWith('/read/');
  const check = () => {
    if (marks.text === undefined) {
      const shown = reader
        ? [...document.querySelectorAll('article p')].some((p) => p.textContent.trim() !== '')
        : document.querySelector('main h1') !== null;
      if (shown) marks.text = performance.now();
    }
    if (marks.seg === undefined) {
      const ready = reader
        ? document.querySelector('article[data-segmented="true"]') !== null
        : document.querySelector('main h1') !== null &&
          document.querySelector('main .loading, main .error[role="alert"]') === null;
      if (ready) marks.seg = performance.now();
    }
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
}

const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
try {
  // One visit to warm the OS file cache and the server before measuring.
  await visit(PAGES[0]);
  for (let run = 1; run <= RUNS; run++) {
    // Pages interleaved, so drift over time spreads over all of them.
    for (const path of PAGES) {
      const marks = await visit(path);
      const ms = (v) => (v === undefined ? '-' : v.toFixed(1));
      console.log(['BENCH', path, run, ms(marks.text), ms(marks.seg), ms(marks.longTask)].join('\t'));
    }
    console.log(`run ${run}/${RUNS} done`);
  }
} finally {
  await browser.close();
}

/** One cold visit of `path`; returns { text, seg, longTask } in ms (undefined when not reached). */
async function visit(path) {
  const context = await browser.newContext();
  try {
    // No request routing here: Playwright's interception would add latency to every request
    // (the tests check that nothing leaves the origin).
    await context.addInitScript(recordMilestones);
    const page = await context.newPage();
    page.on('pageerror', (err) => console.log(`${path}: page error: ${err}`));
    await page.goto(`${BASE_URL}${path}`);
    try {
      await page.waitForFunction(() => window.__baimoBench?.seg !== undefined, null, { timeout: SEGMENT_TIMEOUT });
      // Long-task entries are delivered asynchronously: give the observer a moment.
      await page.waitForTimeout(200);
    } catch {
      console.log(`${path}: not ready after ${SEGMENT_TIMEOUT} ms`);
    }
    return await page.evaluate(() => ({ ...window.__baimoBench }));
  } finally {
    await context.close();
  }
}
