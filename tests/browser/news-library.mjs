// A library of real articles for the views at scale: an even slice of ../shared/news-2024 (918
// Chinese AI-industry articles as Markdown with front matter; see its README). It is
// third-party text: read at test time from ../shared/, imported by the native CLI into a
// library file in a temporary folder, and loaded into the page through the import page's
// "import a library file" — never committed, never bundled into the site.
//
// `BAIMO_NEWS_2024` names another folder of such files (the held-back articles, say).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deleteDatabase } from './harness.mjs';

/** The folder of real articles. */
export const NEWS_DIR =
  process.env.BAIMO_NEWS_2024 ?? fileURLToPath(new URL('../../../shared/news-2024/articles/', import.meta.url));

/** The day the test libraries are imported on (fixed, so undated articles stay put). */
export const IMPORT_DAY = '2026-12-03';

/**
 * `n` of the real articles' paths, spread evenly over the whole folder in name (date) order,
 * so both months and every batch are in the slice; all of them when `n` is at least their
 * number.
 */
export function newsFiles(n) {
  assert.ok(existsSync(NEWS_DIR), `no real articles at ${NEWS_DIR} (set BAIMO_NEWS_2024)`);
  const all = readdirSync(NEWS_DIR)
    .filter((name) => name.endsWith('.md'))
    .sort();
  const take = Math.min(n, all.length);
  const picked = [];
  for (let i = 0; i < take; i++) picked.push(all[Math.floor((i * all.length) / take)]);
  return picked.map((name) => join(NEWS_DIR, name));
}

const libraries = new Map();

/**
 * A library file (`baimo import` of [`newsFiles`]`(n)`), written once per size per test run;
 * returns its path. Exact duplicates in the slice are refused by the import, as in the app.
 */
export function newsLibrary(n) {
  if (!libraries.has(n)) {
    const cli = process.env.BAIMO_CLI;
    assert.ok(cli && existsSync(cli), `BAIMO_CLI=${cli} does not exist (run through cargo xtask test)`);
    const path = join(mkdtempSync(join(tmpdir(), 'baimo-news-')), `news-${n}.json`);
    // `baimo import` exits 1 when it refused some files (the slice's exact duplicates) and
    // still writes every other article: only a run that wrote no library is a failure.
    const run = spawnSync(cli, ['import', '--today', IMPORT_DAY, ...newsFiles(n)], {
      maxBuffer: 256 << 20,
      encoding: 'utf8',
    });
    assert.ok(run.status !== null && run.stdout.startsWith('{'), `baimo import failed: ${run.stderr}`);
    writeFileSync(path, run.stdout);
    libraries.set(n, path);
  }
  return libraries.get(n);
}

/** The articles of [`newsLibrary`]`(n)`, as the library file holds them. */
export function newsArticles(n) {
  return JSON.parse(readFileSync(newsLibrary(n), 'utf8')).articles;
}

/**
 * Puts [`newsLibrary`]`(n)` into the browser's library (deleting what was there), through the
 * import page as a reader would, then opens `path` and waits for every view's data
 * (`<html data-ready="all">`). Returns the page.
 */
export async function openWithNews(browser, n, path = '/') {
  const page = await browser.open('/import');
  await page.waitForSelector('section.mine .mine-count, section.mine [role="alert"]', { timeout: 60_000 });
  await deleteDatabase(page, 'baimo');
  await page.reload();
  await page.waitForSelector('section.mine .mine-count', { timeout: 60_000 });
  await page.setInputFiles('#import-library', newsLibrary(n));
  await page.locator('#library-notice[data-added]').waitFor({ timeout: 120_000 });
  await page.goto(path);
  await waitReady(page);
  return page;
}

/** Waits for `<html data-ready="all">`: every view's data built. */
export async function waitReady(page, timeout = 180_000) {
  await page.waitForSelector('html[data-ready="all"]', { timeout, state: 'attached' });
}

/** How many elements the page has (the views' budget at a thousand articles is 3,000). */
export const domNodes = (page) => page.evaluate(() => document.getElementsByTagName('*').length);
