// The bench driver: run by `cargo xtask bench` (xtask/src/bench/), which builds the contenders,
// serves each from its own loopback server (gzip, logging every body it sends) and turns what
// this prints into the table of the targets. Numbers only: nothing here asserts.
//
// Contenders, visited in alternation run after run (A, B, C, A, B, C…), each visit in a new
// browser context (cold: empty HTTP cache, code cache, storage and service workers):
//   ours-home  the site's `/`: nav → <html data-ready="all">, then the service worker installed;
//              the bytes the server sent meanwhile (size); then, in that page, segmentation
//              throughput of the bench hooks and of Intl.Segmenter on the bundled text
//   jieba      jieba-wasm's page: nav → init + first cut; bytes sent until then
//   ours-read  the site's `/read/<first article>`: nav → first `article p` with text painted
//   bare       the bare Leptos page: nav → its paragraph painted; bytes sent until then
//   ours-time  the site's `/timeline`: nav → data-ready="all"
//   native     native jieba-rs on the same text (bench/native), for throughput
// Then, for the 5th target, each generated library (100 and 1,000 articles) in alternation,
// BAIMO_BENCH_CORPUS_RUNS times: imported through /import's library-file input, then a fresh
// navigation to `/` in the same context (IndexedDB keeps the articles): nav → data-ready="all",
// the longest main-thread task before it (Long Tasks API), and memory once ready.
//
// Then the real library (issue 14; `BAIMO_BENCH_NEWS`, made by xtask from ../shared/news-2024)
// BAIMO_BENCH_CORPUS_RUNS times, each in two new contexts: the bundled articles only — `/`
// once, then every view of VIEWS reopened, nav → data-ready="all" — and the library — imported
// through /import (ms), every store but the reader's library dropped (no cached analysis), `/`
// (the first analysis in the page: nav → ready, longest task), then every view reopened (nav →
// ready, longest task, elements on the page) and the renderer's memory at the end.
//
// Output lines, tab-separated: `BENCH <metric> <run> <value or ->` (ms, bytes or MB/s) and
// `INFO <key> <text>`; anything else is progress.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { ARTICLE_IDS, BASE_URL, CHROMIUM, CHROMIUM_ARGS, address } from './harness.mjs';
import {
  VIEWS,
  bytesSent,
  corpusVisit,
  recordMilestones,
  rendererMemory,
  throughput,
  viewVisit,
} from './bench/page.mjs';

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the bench with \`cargo xtask bench\``);
  return value;
};
const SITE = `${BASE_URL}/`;
const BARE = env('BAIMO_BENCH_BARE_URL');
const JIEBA = env('BAIMO_BENCH_JIEBA_URL');
const RUNS = Number(process.env.BAIMO_BENCH_RUNS ?? 7);
const CORPUS_RUNS = Number(process.env.BAIMO_BENCH_CORPUS_RUNS ?? 3);
const TEXT = readFileSync(env('BAIMO_BENCH_TEXT'), 'utf8');
const TEXT_BYTES = Buffer.byteLength(TEXT, 'utf8');
const NATIVE = env('BAIMO_BENCH_NATIVE');
/** `100=/path/library-100.json,1000=…` → [[100, path], …]. */
const LIBRARIES = (process.env.BAIMO_BENCH_LIBRARIES ?? '')
  .split(',')
  .filter(Boolean)
  .map((pair) => pair.split('='))
  .map(([n, path]) => [Number(n), path]);
/** How long a page may take to get where it is measured before the run counts as missing. */
const TIMEOUT = Number(process.env.BAIMO_BENCH_TIMEOUT_MS ?? 120_000);
/** The 1,000-article corpus may take this long to import, and again to be ready. */
const CORPUS_TIMEOUT = 10 * 60_000;
/** The real library's file and its number of articles (none when ../shared is absent). */
const NEWS = process.env.BAIMO_BENCH_NEWS ?? '';
const NEWS_COUNT = Number(process.env.BAIMO_BENCH_NEWS_COUNT ?? 0);

const mbs = (ms) => (ms > 0 ? TEXT_BYTES / (ms / 1000) / 1e6 : undefined);
function report(metric, run, value) {
  const shown = value === undefined || value === null || !Number.isFinite(value) ? '-' : String(value);
  console.log(['BENCH', metric, run, shown].join('\t'));
}
const info = (key, text) => console.log(['INFO', key, text].join('\t'));

// Precise memory info: performance.memory is otherwise rounded to coarse buckets.
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
});
info('browser', `headless Chromium ${browser.version()}, served gzip from loopback`);
info('text', `bundled corpus text: ${TEXT_BYTES} UTF-8 bytes (MB = 10^6 bytes)`);

/**
 * A cold visit of `url`: a new context with the milestone recorder; `until(page)` waits for
 * what is measured. Returns what it returns; the page's errors are printed.
 */
async function coldVisit(url, until) {
  await bytesSent(url); // forget what earlier visits left in the server's log
  const context = await browser.newContext();
  try {
    await context.addInitScript(recordMilestones);
    const page = await context.newPage();
    page.on('pageerror', (err) => console.log(`${url}: page error: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') console.log(`${url}: console error: ${msg.text()}`);
    });
    await page.goto(url, { waitUntil: 'commit' });
    return await until(page);
  } finally {
    await context.close();
  }
}

/** Waits for `window.__bench[key]` (ms since navigation start) and returns it; undefined on timeout. */
async function milestone(page, key, timeout = TIMEOUT) {
  try {
    await page.waitForFunction((k) => window.__bench?.[k] !== undefined, key, { timeout, polling: 100 });
    return await page.evaluate((k) => window.__bench[k], key);
  } catch (err) {
    console.log(`${page.url()}: no ${key} after ${timeout} ms (${err.message.split('\n')[0]})`);
    return undefined;
  }
}

/** The longest task that began before `until` (ms since navigation start), 0 if none ≥ 50 ms. */
async function longestTask(page, until) {
  // Long-task entries are delivered asynchronously: give the observer a moment.
  await page.waitForTimeout(200);
  return page.evaluate(
    (end) => Math.max(0, ...window.__bench.longTasks.filter(([start]) => start < end).map(([, d]) => d)),
    until,
  );
}

/** Resolves once the page's service worker is active (installed: everything precached). */
async function serviceWorkerInstalled(page) {
  try {
    await page.waitForFunction(() => window.__bench.swActive !== undefined, null, {
      timeout: TIMEOUT,
      polling: 100,
    });
    return true;
  } catch {
    console.log(`${page.url()}: the service worker never became active`);
    return false;
  }
}

const steps = {
  async oursHome(run) {
    await coldVisit(SITE, async (page) => {
      const ready = await milestone(page, 'ready');
      report('ours.ready', run, ready);
      if (ready !== undefined) report('ours.longtask', run, await longestTask(page, ready));
      const installed = ready !== undefined && (await serviceWorkerInstalled(page));
      const sent = await bytesSent(SITE);
      report('ours.size', run, installed ? sent.bytes : undefined);
      if (run === 1) info('ours.size', `a cold visit to / fetched ${sent.summary}`);
      const t = ready === undefined ? {} : await throughput(page, TEXT);
      report('ours.cut_mbs', run, t.cut && mbs(t.cut.ms));
      report('ours.tokens_mbs', run, t.tokens && mbs(t.tokens.ms));
      report('intl.mbs', run, t.intl && mbs(t.intl.ms));
      if (run === 1 && t.intl) {
        info('throughput', `tokens: jieba cut ${t.cut?.n}, app ${t.tokens?.n}, Intl.Segmenter ${t.intl.n}; ${t.error ?? 'hooks answered'}`);
      }
    });
  },
  async jieba(run) {
    await coldVisit(JIEBA, async (page) => {
      report('jieba.cut', run, await milestone(page, 'cut'));
      const sent = await bytesSent(JIEBA);
      report('jieba.size', run, sent.bytes);
      if (run === 1) info('jieba.size', `jieba-wasm's page fetched ${sent.summary}`);
    });
  },
  async oursRead(run) {
    await coldVisit(`${SITE}read/${address(ARTICLE_IDS[0])}`, async (page) => {
      report('ours.text', run, await milestone(page, 'text'));
    });
  },
  async bare(run) {
    await coldVisit(BARE, async (page) => {
      report('bare.text', run, await milestone(page, 'text'));
      report('bare.size', run, (await bytesSent(BARE)).bytes);
    });
  },
  async oursTimeline(run) {
    await coldVisit(`${SITE}timeline`, async (page) => {
      report('ours.ready_timeline', run, await milestone(page, 'ready'));
    });
  },
  async native(run) {
    const out = JSON.parse(execFileSync(NATIVE, [env('BAIMO_BENCH_TEXT')], { encoding: 'utf8' }));
    report('native.mbs', run, mbs(out.cut_ms));
    if (run === 1) info('native', `jieba-rs Jieba::new() ${out.init_ms.toFixed(0)} ms, ${out.tokens} tokens per cut, native`);
  },
};

/** A new context recording milestones, and a page in it. */
async function freshPage() {
  const context = await browser.newContext();
  await context.addInitScript(recordMilestones);
  const page = await context.newPage();
  page.on('pageerror', (err) => console.log(`${page.url()}: page error: ${err.message}`));
  return { context, page };
}

/** One run of the real library against the bundled articles only (see the top of the file). */
async function newsRun(run) {
  const bundled = await freshPage();
  try {
    await viewVisit(bundled.page, SITE, TIMEOUT);
    for (const [name, route] of VIEWS) {
      const got = await viewVisit(bundled.page, SITE + route.slice(1), TIMEOUT);
      report(`bundled.${name}`, run, got.ready);
    }
  } finally {
    await bundled.context.close();
  }
  const { context, page } = await freshPage();
  try {
    // The import, as corpusVisit does it; then no cached analysis, so `/` analyses it all.
    await page.goto(`${SITE}import`);
    await page.waitForSelector('section.mine .mine-count', { timeout: 120_000 });
    const started = Date.now();
    await page.setInputFiles('#import-library', NEWS);
    const notice = page.locator('#library-notice[data-added], #library-notice[role="alert"]');
    await notice.waitFor({ timeout: CORPUS_TIMEOUT });
    report('news.import', run, Date.now() - started);
    const added = await notice.getAttribute('data-added');
    if (added !== String(NEWS_COUNT)) info(`real library, run ${run}`, `the import added ${added} of ${NEWS_COUNT}`);
    await page.evaluate(async () => {
      for (const { name } of (await indexedDB.databases?.()) ?? []) {
        if (name === 'baimo') continue;
        await new Promise((resolve) => {
          const request = indexedDB.deleteDatabase(name);
          request.onsuccess = request.onerror = request.onblocked = () => resolve();
        });
      }
    });
    const first = await viewVisit(page, SITE, CORPUS_TIMEOUT);
    report('news.first', run, first.ready);
    report('news.first_longtask', run, first.longTask);
    let longest = 0;
    let nodes = 0;
    for (const [name, route] of VIEWS) {
      const got = await viewVisit(page, SITE + route.slice(1), CORPUS_TIMEOUT);
      report(`news.${name}`, run, got.ready);
      report(`news.${name}_nodes`, run, got.nodes);
      longest = Math.max(longest, got.longTask ?? NaN);
      nodes = Math.max(nodes, got.nodes ?? NaN);
    }
    report('news.reopen_longtask', run, longest);
    report('news.nodes', run, nodes);
    report('news.memory', run, await rendererMemory(browser));
  } finally {
    await context.close();
  }
}

try {
  // One untimed round: the OS file cache, the servers' gzip caches, Chromium's own start.
  console.log('warm-up round (not counted)');
  await coldVisit(SITE, (page) => milestone(page, 'ready'));
  await coldVisit(JIEBA, (page) => milestone(page, 'cut'));
  await coldVisit(BARE, (page) => milestone(page, 'text'));
  for (let run = 1; run <= RUNS; run++) {
    for (const [name, step] of Object.entries(steps)) {
      try {
        await step(run);
      } catch (err) {
        console.log(`run ${run}, ${name}: ${err.stack ?? err}`);
      }
    }
    console.log(`run ${run}/${RUNS} done`);
  }
  const memoryMethods = new Set();
  for (let run = 1; run <= CORPUS_RUNS; run++) {
    for (const [n, path] of LIBRARIES) {
      const context = await browser.newContext();
      try {
        await context.addInitScript(recordMilestones);
        const page = await context.newPage();
        page.on('pageerror', (err) => console.log(`corpus ${n}: page error: ${err.message}`));
        const got = await corpusVisit(page, SITE, path, n, CORPUS_TIMEOUT);
        report(`corpus${n}.import`, run, got.imported);
        report(`corpus${n}.time`, run, got.ready);
        report(`corpus${n}.longtask`, run, got.longTask);
        report(`corpus${n}.memory`, run, got.memory);
        if (got.problem) info(`corpus ${n}, run ${run}`, got.problem);
        if (got.memoryMethod) memoryMethods.add(got.memoryMethod);
      } catch (err) {
        console.log(`corpus ${n}, run ${run}: ${err.stack ?? err}`);
      } finally {
        await context.close();
      }
      console.log(`corpus run ${run}/${CORPUS_RUNS}, ${n} articles done`);
    }
  }
  if (memoryMethods.size > 0) info('memory', `measured as ${[...memoryMethods].join('; ')}`);
  if (NEWS) {
    info('news', `the real library: ${NEWS_COUNT} articles of ../shared/news-2024 (imported by baimo import)`);
    for (let run = 1; run <= CORPUS_RUNS; run++) {
      try {
        await newsRun(run);
      } catch (err) {
        console.log(`real library, run ${run}: ${err.stack ?? err}`);
      }
      console.log(`real library run ${run}/${CORPUS_RUNS} done`);
    }
  }
} finally {
  await browser.close();
}
