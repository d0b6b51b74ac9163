// Shared by the browser tests and the bench: start Debian's Chromium through playwright-core,
// keep every request on the site's origin, and collect whatever went wrong on a page.
//
// Run through `cargo xtask test`, which builds the site, serves dist/ and sets BAIMO_BASE_URL:
// the site under a sub-path (`http://127.0.0.1:PORT/baimo/`) of a plain static server with no
// rewrite rules, which answers unknown addresses with the site's 404.html (like GitHub Pages).
// Tests name pages by their route (`/read/<address>`, see `readPath`); `page.goto` puts the
// base in front.

import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const BASE_URL = (process.env.BAIMO_BASE_URL ?? '').replace(/\/+$/, '');
if (!BASE_URL) {
  throw new Error('BAIMO_BASE_URL is not set: run the browser tests with `cargo xtask test`');
}
export const ORIGIN = new URL(BASE_URL).origin;
/**
 * The other copies of the site xtask serves, each on its own port (origin): the site at the
 * root of a plain server (no 404 page), and a copy the update test changes.
 */
export const ROOT_URL = (process.env.BAIMO_ROOT_URL ?? '').replace(/\/+$/, '');
export const UPDATE_URL = (process.env.BAIMO_UPDATE_URL ?? '').replace(/\/+$/, '');
export const UPDATE_DIR = process.env.BAIMO_UPDATE_DIR ?? '';
/** The origins the tests may talk to: the site's, in each of its copies. */
const LOCAL_ORIGINS = new Set([BASE_URL, ROOT_URL, UPDATE_URL].filter(Boolean).map((u) => new URL(u).origin));
/** The path the site is served under, without a trailing slash: `/baimo`, or '' at the root. */
export const BASE_PATH = new URL(`${BASE_URL}/`).pathname.replace(/\/$/, '');

/** An internal link's href (or a pathname) as the route it names: the base taken off. */
export function route(href) {
  return BASE_PATH && href.startsWith(`${BASE_PATH}/`) ? href.slice(BASE_PATH.length) : href;
}

// Playwright's own browser download doesn't work here (and would leave the registries): always
// Debian's Chromium.
export const CHROMIUM = process.env.BAIMO_CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox', // we run as root in containers
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking', // no calls home: the origin check must see only the site
  '--disable-component-update',
  '--disable-sync',
];

/** The articles are the files in corpus/raw/; their names are the articles' ids. */
const CORPUS_RAW = fileURLToPath(new URL('../../corpus/raw/', import.meta.url));
export const ARTICLE_IDS = readdirSync(CORPUS_RAW)
  .filter((name) => name.endsWith('.txt'))
  .sort();

/**
 * corpus/manifest.toml's facts per article id: { id, title, publisher, date, script }.
 * Only its flat `key = "string"` lines are read, which is all the tests need.
 */
export const MANIFEST = new Map();
{
  let entry = null;
  const text = readFileSync(new URL('../../corpus/manifest.toml', import.meta.url), 'utf8');
  for (const line of text.split('\n')) {
    if (line.trim() === '[[article]]') {
      entry = {};
    } else if (entry) {
      const m = /^(\w+)\s*=\s*"(.*)"\s*$/.exec(line.trim());
      if (m) entry[m[1]] = m[2];
      if (m?.[1] === 'id') MANIFEST.set(m[2], entry);
    }
  }
}

/**
 * Every page the site has a file for (xtask/src/publish.rs writes a copy of the shell in each
 * route's folder): a static host serves them with no rewrite rules. Any other address is a 404
 * on such a host, answered by the site's 404.html where the host has one.
 */
export const SITE_PAGES = [
  '/',
  '/timeline',
  '/compare',
  '/search',
  '/corpus',
  '/import',
  '/companies',
  ...ARTICLE_IDS.map(readPath),
  // The old addresses, the id whole, still have their page (the app moves to the new one).
  ...ARTICLE_IDS.map((id) => `/read/${id}`),
];

/**
 * An article's address in the reader's route: its id without the file's `.txt`
 * (crates/core/src/explore/reader.rs); an imported article's id as it is.
 */
export function address(id) {
  return id.replace(/\.txt$/, '');
}

/** The reader's route of an article: `/read/<address>`. */
export function readPath(id) {
  return `/read/${address(id)}`;
}

/** Is `url` one of SITE_PAGES of the site at `base` (with or without a trailing slash)? */
export function isSitePage(url, base = BASE_URL) {
  const path = new URL(url).pathname;
  const root = new URL(`${base.replace(/\/+$/, '')}/`).pathname;
  if (!path.startsWith(root)) return false;
  const page = `/${path.slice(root.length)}`.replace(/(.)\/$/, '$1');
  return SITE_PAGES.includes(decodeURIComponent(page));
}

/** An article in traditional script (亞馬遜 in the original, 亚马逊 once simplified). */
export const TRADITIONAL_ID = '000_946407f189b5cffc.txt';

/** Long enough for a cold wasm start and jieba's dictionary on a slow CI machine. */
export const SEGMENT_TIMEOUT = 90_000;

/** Is `url` served by the site itself (or in-page data)? */
export function isLocal(url) {
  if (/^(data|blob|about):/.test(url)) return true;
  try {
    return LOCAL_ORIGINS.has(new URL(url).origin);
  } catch {
    return false;
  }
}

/**
 * Chromium with a fresh profile (its own user-data-dir, deleted on close), or on `profile`
 * (kept), with the network off from the start if `offline`. Any request that would leave the
 * site's origin is blocked and recorded in `blocked`.
 */
export async function openBrowser({ profile, offline = false } = {}) {
  // A given profile (to reopen the browser on it, as after a restart) is kept on close.
  const userDataDir = profile ?? mkdtempSync(join(tmpdir(), 'baimo-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    offline,
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: 60_000,
  });
  context.setDefaultTimeout(30_000);
  const blocked = [];
  // Every Content-Security-Policy violation is reported to the page's problem list (`watch`).
  await context.exposeBinding('__baimoCspViolation', ({ page }, violation) => {
    page?.problems?.cspViolations.push(violation);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__baimoCspViolation?.(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  return {
    context,
    blocked,
    /** A new tab on `path` (relative to the site), with its problems recorded: see `watch`. */
    async open(path) {
      const page = watch(await context.newPage());
      if (path !== undefined) await page.goto(path);
      return page;
    },
    async close() {
      await context.close().catch(() => {});
      if (!profile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * One browser for the test file: opened before its first test, closed after its last. Returns a
 * handle whose `open` and `blocked` pass through to that browser once it is up.
 */
export function useBrowser() {
  let browser;
  before(async () => {
    browser = await openBrowser();
  });
  after(async () => {
    await browser?.close();
  });
  return {
    open: (path) => browser.open(path),
    get context() {
      return browser.context;
    },
    get blocked() {
      return browser.blocked;
    },
  };
}

/**
 * Records everything a page does wrong: console errors, uncaught exceptions, crashes, failed
 * responses, Content-Security-Policy violations and requests to other origins.
 * `page.assertClean()` fails the test on any of them.
 *
 * A 404 is right, not a problem, for an address the site has no page for (404.html answers
 * it) and for the 404 page's look for the site's root (`<folder>/index.html` above the
 * address); so is the console's "Failed to load resource" line for either.
 */
export function watch(page) {
  const problems = { consoleErrors: [], pageErrors: [], foreignRequests: [], badResponses: [], cspViolations: [] };
  const expected404 = new Set();
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.consoleErrors.push({ text: msg.text(), url: msg.location().url });
  });
  page.on('pageerror', (err) => problems.pageErrors.push(String(err?.stack ?? err)));
  page.on('crash', () => problems.pageErrors.push('page crashed'));
  page.on('request', (req) => {
    if (!isLocal(req.url())) problems.foreignRequests.push(req.url());
  });
  page.on('websocket', (ws) => {
    if (!isLocal(ws.url())) problems.foreignRequests.push(ws.url());
  });
  page.on('response', (res) => {
    if (res.status() < 400) return;
    const req = res.request();
    const lost =
      res.status() === 404 &&
      ((req.isNavigationRequest() && !isSitePage(res.url())) ||
        (req.resourceType() === 'fetch' && res.url().endsWith('/index.html')));
    if (lost) expected404.add(res.url());
    else problems.badResponses.push(`${res.status()} ${res.url()}`);
  });

  const goto = page.goto.bind(page);
  /** Navigate to a path on the site (absolute URLs are used as they are). */
  page.goto = (path, options) => goto(path.startsWith('/') ? BASE_URL + path : path, options);
  page.problems = problems;
  page.assertClean = () => {
    const where = page.url();
    const consoleErrors = problems.consoleErrors
      .filter(({ text, url }) => !(expected404.has(url) && /Failed to load resource.* 404/.test(text)))
      .map(({ text, url }) => `${text} (${url})`);
    assert.deepEqual(problems.foreignRequests, [], `requests left the site's origin on ${where}`);
    assert.deepEqual(problems.pageErrors, [], `uncaught errors on ${where}`);
    assert.deepEqual(problems.cspViolations, [], `Content-Security-Policy violations on ${where}`);
    assert.deepEqual(consoleErrors, [], `console errors on ${where}`);
    assert.deepEqual(problems.badResponses, [], `failed responses on ${where}`);
  };
  return page;
}

/** Waits until the article shows paragraphs with text; returns their texts. */
export async function articleParagraphs(page) {
  await page.waitForFunction(
    () => [...document.querySelectorAll('article p')].some((p) => p.textContent.trim() !== ''),
    null,
    { timeout: 30_000 },
  );
  return page.$$eval('article p', (ps) => ps.map((p) => p.textContent.trim()).filter((t) => t !== ''));
}

/** Waits for `article[data-segmented="true"]`. */
export async function waitSegmented(page) {
  await page.waitForSelector('article[data-segmented="true"]', { timeout: SEGMENT_TIMEOUT });
}

/**
 * Deletes the page's IndexedDB database `name` (`baimo`: the reader's library and curation;
 * `baimo-cache`: the analysis cache and the snapshot of the last build).
 */
export async function deleteDatabase(page, name) {
  await page.evaluate(
    (db) =>
      new Promise((resolve) => {
        const request = indexedDB.deleteDatabase(db);
        request.onsuccess = request.onerror = request.onblocked = () => resolve();
      }),
    name,
  );
}

/** Retries `check` (which throws while unmet) until it passes or `timeout` ms are up. */
export async function eventually(check, timeout = 5_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** Matches a "not found" message, in English or Chinese. */
export const NOT_FOUND = /not found|404|找不到|未找到|不存在/i;

/** axe-core's browser build, from npm (injected into pages; never fetched by them). */
const AXE_SOURCE = readFileSync(
  fileURLToPath(new URL('./node_modules/axe-core/axe.min.js', import.meta.url)),
  'utf8',
);

/**
 * Runs axe-core on the page as it is and fails on any serious or critical violation, listing
 * each rule with the elements it flagged.
 */
export async function assertAccessible(page) {
  // Colour transitions in flight (after a theme change) would be measured half-way.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => {}))));
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
  assert.deepEqual(violations, [], `axe on ${page.url()}`);
}

/** Where the test run writes its screenshots: target/screenshots/ at the repo's root. */
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../target/screenshots/', import.meta.url));

/**
 * Saves `<name>-desktop.png` (1280 px wide) and `<name>-360.png` (360 px wide) of the whole
 * page (or of the viewport, with `fullPage: false`), to look at: the page is resized, given a
 * moment to lay out, and restored.
 */
export async function screenshots(page, name, { fullPage = true } = {}) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const before = page.viewportSize();
  for (const [suffix, width, height] of [['desktop', 1280, 900], ['360', 360, 740]]) {
    await page.setViewportSize({ width, height });
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${suffix}.png`), fullPage });
  }
  if (before) await page.setViewportSize(before);
}

/** At 360 px wide, nothing may make the page scroll sideways. Returns the overflow in px. */
export async function horizontalOverflow(page) {
  const before = page.viewportSize();
  await page.setViewportSize({ width: 360, height: 740 });
  await page.waitForTimeout(150);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  if (before) await page.setViewportSize(before);
  return overflow;
}

/** Waits for the whole-corpus analysis (timeline, compare, search) to be on screen. */
export async function waitAnalysed(page) {
  // The heading renders with the status line; before it, there is no status line to wait out.
  await page.waitForSelector('main h1');
  await page.waitForFunction(() => !document.querySelector('main .loading'), null, {
    timeout: SEGMENT_TIMEOUT,
  });
}

/** Clicks `selector` and returns the file it downloads: `{ name, text }` (BOM removed). */
export async function downloadFrom(page, selector) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const path = await download.path();
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  return { name: download.suggestedFilename(), text };
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF) into rows of cells. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** `baimo export` from the native CLI the cargo tests built (`BAIMO_CLI`), parsed; once. */
let exported;
export function cliExport() {
  const cli = process.env.BAIMO_CLI;
  assert.ok(cli && existsSync(cli), `BAIMO_CLI=${cli} does not exist (run through cargo xtask test)`);
  exported ??= JSON.parse(execFileSync(cli, ['export'], { maxBuffer: 64 << 20 }));
  return exported;
}
