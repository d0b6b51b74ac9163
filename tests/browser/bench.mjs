// Time to first article text, measured in the page. Run by `cargo xtask bench`, which serves
// dist/, sets BAIMO_BASE_URL and BAIMO_BENCH_RUNS, and turns the output into a table.
//
// Each visit is cold: a new browser context (empty HTTP and wasm code caches). An init script
// records performance.now() (ms since navigation start) when a MutationObserver first sees
//   text: an `article p` element with text, and
//   seg:  `article[data-segmented="true"]`,
// and a PerformanceObserver (Long Tasks API) records the longest main-thread task that began
// after the text was on screen: how long the page could not respond while it was readable.
// Output: one `BENCH\t<id>\t<run>\t<text ms>\t<seg ms>\t<longest task ms>` line per visit
// (`-` if never reached; `0` when no task over 50 ms, the API's threshold).

import { chromium } from 'playwright-core';
import { ARTICLE_IDS, BASE_URL, CHROMIUM, CHROMIUM_ARGS, SEGMENT_TIMEOUT } from './harness.mjs';

const RUNS = Number(process.env.BAIMO_BENCH_RUNS ?? 7);

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
  const check = () => {
    if (marks.text === undefined) {
      for (const p of document.querySelectorAll('article p')) {
        if (p.textContent.trim() !== '') {
          marks.text = performance.now();
          break;
        }
      }
    }
    if (marks.seg === undefined && document.querySelector('article[data-segmented="true"]')) {
      marks.seg = performance.now();
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
  await visit(ARTICLE_IDS[0]);
  for (let run = 1; run <= RUNS; run++) {
    // Articles interleaved, so drift over time spreads over all of them.
    for (const id of ARTICLE_IDS) {
      const marks = await visit(id);
      const ms = (v) => (v === undefined ? '-' : v.toFixed(1));
      console.log(['BENCH', id, run, ms(marks.text), ms(marks.seg), ms(marks.longTask)].join('\t'));
    }
    console.log(`run ${run}/${RUNS} done`);
  }
} finally {
  await browser.close();
}

/** One cold visit of /read/<id>; returns { text, seg, longTask } in ms (undefined when not reached). */
async function visit(id) {
  const context = await browser.newContext();
  try {
    // No request routing here: Playwright's interception would add latency to every request
    // (the tests check that nothing leaves the origin).
    await context.addInitScript(recordMilestones);
    const page = await context.newPage();
    page.on('pageerror', (err) => console.log(`${id}: page error: ${err}`));
    await page.goto(`${BASE_URL}/read/${id}`);
    try {
      await page.waitForFunction(() => window.__baimoBench?.seg !== undefined, null, { timeout: SEGMENT_TIMEOUT });
      // Long-task entries are delivered asynchronously: give the observer a moment.
      await page.waitForTimeout(200);
    } catch {
      console.log(`${id}: segmentation not ready after ${SEGMENT_TIMEOUT} ms`);
    }
    return await page.evaluate(() => ({ ...window.__baimoBench }));
  } finally {
    await context.close();
  }
}
