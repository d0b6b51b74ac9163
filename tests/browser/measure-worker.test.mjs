// Figures for the analysis worker and its cache (issue 14), not a check: runs only with
// BAIMO_MEASURE=1 (e.g. `BAIMO_MEASURE=1 cargo xtask test --only measure-worker`), on the real
// library (`BAIMO_MEASURE_N` articles of ../shared/news-2024, all by default). For each view:
// navigation → `<html data-ready="all">` and the longest main-thread task before it (Long
// Tasks API), with the bundled articles only and with the real library, cold (the analysis
// cache dropped) and on reopen (the cache kept). Prints a Markdown table.

import { test } from 'node:test';
import { deleteDatabase, openBrowser } from './harness.mjs';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newsFiles, waitReady } from './news-library.mjs';

const ENABLED = process.env.BAIMO_MEASURE === '1';
const N = Number(process.env.BAIMO_MEASURE_N ?? 10_000);
/**
 * `openWithNews` for the whole folder: `baimo import` exits 1 when it refuses a file (the
 * folder has 12 exact duplicates), and still writes the library of the rest.
 */
async function openWithAll(browser, n) {
  const run = spawnSync(process.env.BAIMO_CLI, ['import', '--today', '2026-12-03', ...newsFiles(n)], { maxBuffer: 256 << 20 });
  const path = join(mkdtempSync(join(tmpdir(), 'baimo-news-')), 'news.json');
  writeFileSync(path, run.stdout);
  const page = await browser.open('/import');
  await page.waitForSelector('section.mine .mine-count', { timeout: 60_000 });
  await page.setInputFiles('#import-library', path);
  await page.locator('#library-notice[data-added]').waitFor({ timeout: 300_000 });
  await page.goto('/');
  await waitReady(page, 600_000);
  return page;
}

const VIEWS = ['/', '/timeline', '/compare', '/search?q=%E7%99%BE%E5%BA%A6', '/corpus'];

/** Records, in every page, when data-ready came and every long task before it. */
function recorder() {
  window.__baimo = { readyAt: null, tasks: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__baimo.tasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  // Init scripts run before <html> exists: watch the document for it.
  new MutationObserver(() => {
    if (document.documentElement?.dataset.ready === 'all' && window.__baimo.readyAt === null) {
      window.__baimo.readyAt = performance.now();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
}

async function visit(page, path) {
  await page.goto(path);
  await waitReady(page, 600_000);
  // A long task ending as data-ready is set is reported a little later.
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    const { readyAt, tasks } = window.__baimo;
    const before = tasks.filter(([start]) => start < readyAt).map(([, d]) => d);
    const html = document.documentElement.dataset;
    const marks = Object.fromEntries(
      performance.getEntriesByType('mark').map((m) => [m.name.replace('baimo:', ''), Math.round(m.startTime)]),
    );
    return {
      marks,
      ready: Math.round(readyAt),
      longest: Math.round(Math.max(0, ...before)),
      analysed: Number(html.analysed),
      cached: Number(html.cached),
    };
  });
}

async function dropCache(page) {
  await deleteDatabase(page, 'baimo-cache');
}

test('figures: data-ready per view, cold and reopened, bundled only and the real library', { skip: !ENABLED, timeout: 3_600_000 }, async () => {
  const rows = [];
  const measure = async (label, page) => {
    for (const view of VIEWS) {
      await dropCache(page);
      const cold = await visit(page, view);
      const reopen = await visit(page, view);
      rows.push({ label, view, cold, reopen });
      console.log(label, view, JSON.stringify({ cold, reopen }));
    }
  };
  const bundled = await openBrowser();
  try {
    await bundled.context.addInitScript(recorder);
    const page = await bundled.open('/');
    await waitReady(page);
    await measure('bundled', page);
  } finally {
    await bundled.close();
  }
  const real = await openBrowser();
  try {
    await real.context.addInitScript(recorder);
    const started = Date.now();
    const page = await openWithAll(real, N);
    console.log(`import + first analysis: ${Date.now() - started} ms`);
    await measure('library', page);
  } finally {
    await real.close();
  }
  const lines = ['| view | bundled cold | bundled reopen | library cold | library reopen | reopen ratio | longest task (library cold / reopen) | analysed / cached (library cold, reopen) |', '|---|---|---|---|---|---|---|---|'];
  for (const view of VIEWS) {
    const b = rows.find((r) => r.label === 'bundled' && r.view === view);
    const l = rows.find((r) => r.label === 'library' && r.view === view);
    lines.push(
      `| ${decodeURI(view)} | ${b.cold.ready} ms | ${b.reopen.ready} ms | ${l.cold.ready} ms | ${l.reopen.ready} ms | ${(l.reopen.ready / b.reopen.ready).toFixed(2)}× | ${l.cold.longest} / ${l.reopen.longest} ms | ${l.cold.analysed}/${l.cold.cached}, ${l.reopen.analysed}/${l.reopen.cached} |`,
    );
  }
  console.log(lines.join('\n'));
});
