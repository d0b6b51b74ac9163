// Offline and safe: after one visit every page works with the network off, even after the
// browser restarts; a new deploy replaces the cache and the page offers to reload into it; the
// Content-Security-Policy refuses injected scripts; a crash shows a panel, not a dead page;
// without jieba's dictionary the text stays readable and every page says why.

import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  ARTICLE_IDS,
  BASE_URL,
  NOT_FOUND,
  SEGMENT_TIMEOUT,
  UPDATE_DIR,
  UPDATE_URL,
  articleParagraphs,
  assertAccessible,
  eventually,
  openBrowser,
  readPath,
  screenshots,
  useBrowser,
  waitAnalysed,
  waitSegmented,
} from './harness.mjs';

const browser = useBrowser();

/** Waits until the service worker has kept the site and controls `page`. */
async function waitOfflineReady(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** The service worker's caches and, for each, the URLs it keeps. */
function cacheContents(page) {
  return page.evaluate(async () => {
    const out = {};
    for (const name of await caches.keys()) {
      out[name] = (await (await caches.open(name)).keys()).map((r) => r.url);
    }
    return out;
  });
}

/** Every page the brief names, and what shows that it works. */
const PAGES = [
  // Home and the corpus table list the articles once the analysis (reposts) is ready.
  [
    '/',
    async (page) => {
      await waitAnalysed(page);
      assert.ok((await page.locator('main a[href*="/read/"]').count()) >= ARTICLE_IDS.length);
    },
  ],
  ...ARTICLE_IDS.map((id) => [
    readPath(id),
    async (page) => {
      assert.ok((await articleParagraphs(page)).length >= 5);
      await waitSegmented(page);
    },
  ]),
  [
    '/timeline',
    async (page) => {
      await waitAnalysed(page);
      assert.ok((await page.locator('[data-event]').count()) > 0, 'no events');
    },
  ],
  [
    '/compare?c=amazon,anthropic',
    async (page) => {
      await waitAnalysed(page);
      assert.equal(await page.locator('[data-company-column]').count(), 2);
    },
  ],
  [
    '/search?q=亚马逊',
    async (page) => {
      await waitAnalysed(page);
      await page.waitForSelector('li.kwic-line');
    },
  ],
  [
    '/corpus',
    async (page) => {
      await waitAnalysed(page);
      assert.equal(await page.locator('main tr[data-article]').count(), ARTICLE_IDS.length);
    },
  ],
  // An old link, the id whole in the address: the same article, at its new address.
  [
    `/read/${ARTICLE_IDS[0]}`,
    async (page) => {
      assert.ok((await articleParagraphs(page)).length >= 5);
      assert.equal(new URL(page.url()).pathname, `${new URL(BASE_URL).pathname}${readPath(ARTICLE_IDS[0])}`);
    },
  ],
  ['/no/such/page', async (page) => assert.match(await page.locator('main h1').innerText(), NOT_FOUND)],
  // The import view's address: at least the app starts (its shell is kept like any page's).
  ['/import', async (page) => assert.equal(await page.locator('main h1').count(), 1)],
];

async function checkAll(page, label) {
  for (const [path, check] of PAGES) {
    const response = await page.goto(path);
    assert.ok(response?.fromServiceWorker(), `${label}: ${path} did not come from the service worker`);
    await page.waitForSelector('main h1');
    await check(page);
  }
}

test('after one visit, every page works with the network off, after a reload and a restart', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'baimo-offline-'));
  const browsers = [];
  try {
    const first = await openBrowser({ profile });
    browsers.push(first);
    const page = await first.open('/');
    await page.waitForSelector('main h1');
    await waitOfflineReady(page);
    // One cache, of this site's scope, holding only files of the site.
    const kept = await cacheContents(page);
    const names = Object.keys(kept);
    assert.equal(names.length, 1, names.join(', '));
    assert.match(names[0], new RegExp(`^baimo ${new URL(`${BASE_URL}/`).pathname} [0-9a-f]{16}$`));
    const urls = kept[names[0]];
    assert.ok(urls.some((u) => u.endsWith('.wasm')) && urls.some((u) => u.endsWith('/index.html')));
    assert.deepEqual(urls.filter((u) => !u.startsWith(`${BASE_URL}/`)), [], 'kept files from elsewhere');

    await first.context.setOffline(true);
    await checkAll(page, 'offline');
    await page.reload();
    await page.waitForSelector('main h1');
    page.assertClean();
    await first.close();

    // A cold start: the browser reopened on the same profile, the network off from the start.
    const again = await openBrowser({ profile, offline: true });
    browsers.push(again);
    const cold = await again.open();
    await checkAll(cold, 'after a restart');
    await cold.reload();
    await cold.waitForSelector('main h1');
    cold.assertClean();
    assert.deepEqual(again.blocked, []);
  } finally {
    for (const b of browsers) await b.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

/** Every file of the copied site under `dir`, recursively. */
function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Makes the copied site a new deploy: a new version in sw.js and in every page. */
function deployNewVersion(oldVersion, newVersion) {
  let changed = 0;
  for (const file of filesUnder(UPDATE_DIR).filter((f) => /\.(html|js)$/.test(f))) {
    const text = readFileSync(file, 'utf8');
    if (text.includes(oldVersion)) {
      writeFileSync(file, text.replaceAll(oldVersion, newVersion));
      changed++;
    }
  }
  assert.ok(changed >= 2, `only ${changed} files carried the version`);
}

test('a new deploy: the page offers to reload, and reloading brings the new version', async () => {
  assert.ok(UPDATE_URL && UPDATE_DIR, 'BAIMO_UPDATE_URL/DIR are not set: run through cargo xtask test');
  const page = await browser.open(`${UPDATE_URL}/`);
  await page.waitForSelector('main h1');
  await waitOfflineReady(page);
  const version = () => page.getAttribute('meta[name="baimo-build"]', 'content');
  const v1 = await version();
  assert.match(v1, /^[0-9a-f]{16}$/);
  assert.equal(await page.locator('#update-reload').count(), 0, 'a prompt before any new version');

  const v2 = 'feedfacecafebeef';
  deployNewVersion(v1, v2);
  // The next visit still gets the version it has (from the cache), while the browser finds
  // and installs the new one beside it; then the prompt appears.
  await page.reload();
  await page.waitForSelector('main h1');
  assert.equal(await version(), v1, 'the new version took over without asking');
  const prompt = page.locator('.update-prompt');
  await prompt.waitFor({ timeout: 60_000 });
  assert.match(await prompt.innerText(), /有新版本/);
  assert.equal(await page.locator('[role="status"] .update-prompt').count(), 1, 'the prompt is not in a live region');
  await page.click('#lang-switch');
  await page.waitForFunction(() => document.querySelector('.update-prompt')?.textContent.includes('A new version is ready'));
  await assertAccessible(page);
  await screenshots(page, 'update-prompt', { fullPage: false });
  await page.click('#lang-switch');

  await Promise.all([page.waitForEvent('load'), page.click('#update-reload')]);
  await page.waitForSelector('main h1');
  assert.equal(await version(), v2);
  assert.equal(await page.locator('.update-prompt').count(), 0);
  // The old version's cache is gone (the new worker deletes it as it takes over).
  await eventually(async () => assert.deepEqual(Object.keys(await cacheContents(page)), [`baimo /app/ ${v2}`]));
  page.assertClean();
});

test('the Content-Security-Policy refuses injected scripts, styles and connections', async () => {
  const page = await browser.open('/');
  await page.waitForSelector('main h1');
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  const directives = Object.fromEntries(
    csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]),
  );
  for (const name of ['default-src', 'style-src', 'connect-src', 'worker-src', 'manifest-src']) {
    assert.deepEqual(directives[name], ["'self'"], name);
  }
  assert.deepEqual(directives['object-src'], ["'none'"]);
  assert.deepEqual(directives['form-action'], ["'none'"]);
  assert.deepEqual(directives['base-uri'], ["'self'"]);
  const scriptSources = directives['script-src'];
  assert.deepEqual(scriptSources.slice(0, 2), ["'self'", "'wasm-unsafe-eval'"]);
  assert.ok(scriptSources.slice(2).every((s) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(s)), scriptSources.join(' '));

  const outcome = await page.evaluate(async () => {
    const violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      violations.push(`${e.effectiveDirective} ${e.blockedURI}`),
    );
    const remote = document.createElement('script');
    remote.src = 'http://example.invalid/x.js';
    document.head.append(remote);
    const inline = document.createElement('script');
    inline.textContent = 'window.__pwned = true;';
    document.head.append(inline);
    const styled = document.createElement('p');
    styled.setAttribute('style', 'color: red');
    document.body.append(styled);
    const fetched = await fetch('http://example.invalid/data.json').then(
      () => 'fetched',
      () => 'refused',
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    return { violations: violations.sort(), pwned: window.__pwned ?? false, fetched, color: getComputedStyle(styled).color };
  });
  assert.deepEqual(outcome.violations, [
    'connect-src http://example.invalid/data.json',
    'script-src-elem http://example.invalid/x.js',
    'script-src-elem inline',
    'style-src-attr inline',
  ]);
  assert.equal(outcome.pwned, false, 'the injected inline script ran');
  assert.equal(outcome.fetched, 'refused');
  assert.notEqual(outcome.color, 'rgb(255, 0, 0)', 'the injected style attribute applied');
  assert.deepEqual(browser.blocked, [], 'a refused request still reached the network');
  // The harness saw the same four violations; nothing else went wrong.
  assert.equal(page.problems.cspViolations.length, 4, page.problems.cspViolations.join('\n'));
  assert.deepEqual(page.problems.pageErrors, []);
});

test('a panic shows a panel in both languages with a reload button, not a dead page', async () => {
  const page = await browser.open('/?panic=1');
  const panel = page.locator('.crash-panel[role="alert"]');
  await panel.waitFor();
  const text = await panel.innerText();
  for (const words of ['出错了', 'Something went wrong', '导入的文章', 'imported articles are kept', '重新加载', 'Reload']) {
    assert.ok(text.includes(words), `the panel lacks "${words}": ${text}`);
  }
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'crash-reload');
  await page.click('.crash-panel summary');
  assert.match(await page.locator('.crash-panel pre').innerText(), /a test panic, asked for by \?panic=1/);
  // The page behind is still there (not blank), under the panel.
  assert.ok((await page.locator('main h1').count()) === 1);
  await assertAccessible(page);
  await screenshots(page, 'crash-panel', { fullPage: false });
  // The panic is logged once; the wasm trap that follows it is not left uncaught.
  assert.deepEqual(page.problems.pageErrors, []);
  const logged = page.problems.consoleErrors.map((e) => e.text);
  assert.equal(logged.length, 1, logged.join('\n'));
  assert.match(logged[0], /panicked at .*a test panic/s);
  assert.ok(!logged.some((t) => /unreachable/.test(t)));

  // Reload works even though the app has stopped: back to a working home page.
  await Promise.all([page.waitForEvent('load'), page.click('#crash-reload')]);
  await page.goto('/');
  await page.waitForSelector('main a[href*="/read/"]');
  assert.equal(await page.locator('.crash-panel').count(), 0);
});

test('without the word dictionary, the text stays readable and the pages say why, in both languages', async () => {
  // A browser of its own: the other tests' service worker would answer from its cache.
  const broken = await openBrowser();
  try {
    await broken.context.route('**/jieba*.dict', (route) => route.fulfill({ status: 404, body: '' }));
    const page = await broken.open(`/read/${ARTICLE_IDS[0]}`);
    assert.ok((await articleParagraphs(page)).length >= 5);
    const status = page.locator('.seg-status');
    await eventually(async () => {
      assert.match(await status.innerText(), /^分词失败，正文仍可阅读。原因：下载分词词典 \S*jieba\S*\.dict 时，服务器回应 HTTP 404。$/);
    }, SEGMENT_TIMEOUT);
    await page.click('#lang-switch');
    await eventually(async () => {
      assert.match(
        await status.innerText(),
        /^Segmentation failed; the text is still readable\. Reason: the server answered HTTP 404 for the word dictionary \S*jieba\S*\.dict\.$/,
      );
    });

    await page.goto('/timeline');
    const alert = page.locator('main [role="alert"]');
    await eventually(async () => {
      assert.match(await alert.innerText(), /^Analysis failed: the server answered HTTP 404 for the word dictionary /);
    }, SEGMENT_TIMEOUT);
    await page.click('#lang-switch');
    await eventually(async () => {
      assert.match(await alert.innerText(), /^分析失败：\s*下载分词词典 \S*jieba\S*\.dict 时，服务器回应 HTTP 404。$/);
    });
    // A failure the page explains, not a crash.
    assert.deepEqual(page.problems.pageErrors, []);
    assert.equal(await page.locator('.crash-panel').count(), 0);
  } finally {
    await broken.close();
  }
});
