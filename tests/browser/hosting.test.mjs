// Static hosting: the one build works at the root of a plain server and under a sub-path, with
// no rewrite rules. Every page of the site has its own file, so deep links load; internal links
// carry the base; a folder's trailing slash changes nothing; where the host has a 404 page,
// an unknown address gets the app's own "not found"; the web manifest is complete.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  ARTICLE_IDS,
  BASE_PATH,
  BASE_URL,
  NOT_FOUND,
  ROOT_URL,
  SITE_PAGES,
  articleParagraphs,
  openBrowser,
  readPath,
  route,
  useBrowser,
} from './harness.mjs';

const browser = useBrowser();

/** The `<base href>` a page's own file must carry to reach the site's root. */
const expectedBase = (page) => (page === '/' ? './' : page.startsWith('/read/') ? '../../' : '../');

for (const [name, site] of [
  ['at the root of a plain server', ROOT_URL],
  ['under a sub-path, with a 404 page', BASE_URL],
]) {
  test(`every page has its own file ${name}`, async () => {
    assert.ok(site, 'BAIMO_ROOT_URL is not set: run through cargo xtask test');
    for (const page of SITE_PAGES) {
      for (const address of page === '/' ? ['/'] : [page, `${page}/`]) {
        const res = await fetch(site + address);
        assert.equal(res.status, 200, `${site}${address}`);
        assert.match(res.headers.get('content-type'), /^text\/html/);
        assert.equal(res.headers.get('cache-control'), 'no-cache', `${address} must be revalidated`);
        const html = await res.text();
        assert.ok(html.includes(`<base href="${expectedBase(page)}">`), `${address}: wrong base`);
        assert.match(html, /<meta name="baimo-build" content="[0-9a-f]{16}">/);
      }
    }
    // No rewrites: an address the site has no file for is a 404.
    const lost = await fetch(`${site}/no/such/page`);
    assert.equal(lost.status, 404);
    const body = await lost.text();
    if (site === ROOT_URL) assert.equal(body, 'not found\n');
    else assert.match(body, /<script>/, 'the sub-path server should answer with 404.html');
  });
}

test('at the root of a plain server, deep links load and links have no prefix', async () => {
  const page = await browser.open(`${ROOT_URL}${readPath(ARTICLE_IDS[1])}`);
  assert.ok((await articleParagraphs(page)).length >= 5);
  // The server sent /read/<id>/ (its folder); the app keeps one address per page.
  assert.equal(new URL(page.url()).pathname, readPath(ARTICLE_IDS[1]));
  const nav = await page.$$eval('.site-header nav a', (as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(nav, ['/', '/timeline', '/compare', '/search', '/corpus', '/import', '/companies']);
  await page.click('.site-header nav a[href="/corpus"]');
  await page.waitForSelector('main tbody tr');
  assert.equal(new URL(page.url()).pathname, '/corpus');
  await page.goto(`${ROOT_URL}/timeline/`);
  await page.waitForSelector('main h1');
  assert.equal(new URL(page.url()).pathname, '/timeline');
  assert.equal(await page.locator('.site-header nav a[aria-current="page"]').getAttribute('href'), '/timeline');
  page.assertClean();
});

test('under a sub-path, every internal link carries the base and the router follows it', async () => {
  assert.ok(BASE_PATH, 'the suite should run under a sub-path');
  const page = await browser.open('/');
  await page.waitForSelector('main a[href*="/read/"]');
  const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(hrefs.filter((h) => !h.startsWith(`${BASE_PATH}/`)), [], 'links without the base');
  // Client-side navigation stays under the base; Back returns.
  await page.click(`main a[href="${BASE_PATH}${readPath(ARTICLE_IDS[0])}"]`);
  await articleParagraphs(page);
  assert.equal(new URL(page.url()).pathname, `${BASE_PATH}${readPath(ARTICLE_IDS[0])}`);
  await page.goBack();
  await page.waitForSelector('main a[href*="/read/"]');
  assert.equal(new URL(page.url()).pathname, `${BASE_PATH}/`);

  // The server redirects a folder to its slash (/baimo → /baimo/, /timeline → /timeline/);
  // the app drops the slash and shows the page.
  await page.goto(BASE_URL);
  await page.waitForSelector('main a[href*="/read/"]');
  assert.equal(new URL(page.url()).pathname, `${BASE_PATH}/`);
  await page.goto('/search/?q=亚马逊');
  await page.waitForSelector('li.kwic-line', { timeout: 90_000 });
  assert.equal(new URL(page.url()).pathname, `${BASE_PATH}/search`);
  assert.equal(new URL(page.url()).searchParams.get('q'), '亚马逊');
  // Evidence links carry the base too, and open the reader at the sentence.
  const evidence = page.locator('li.kwic-line a.kwic-source').first();
  const href = await evidence.getAttribute('href');
  assert.ok(href.startsWith(`${BASE_PATH}/read/`), href);
  await evidence.click();
  await articleParagraphs(page);
  assert.equal(route(new URL(page.url()).pathname + new URL(page.url()).search + new URL(page.url()).hash), route(href));
  // A filter change (navigate with a query) keeps the base.
  await page.goto('/timeline');
  await page.waitForSelector('#timeline-events [data-event]', { timeout: 90_000 });
  await page.locator('#timeline-companies input[type="checkbox"]').first().check();
  await page.waitForURL(/\?/);
  assert.equal(new URL(page.url()).pathname, `${BASE_PATH}/timeline`);
  page.assertClean();
});

test('where the host has a 404 page, unknown addresses start the app at the right root', async () => {
  // A browser that never visited: no service worker answers, the host's 404.html does.
  const fresh = await openBrowser();
  try {
    const page = await fresh.open();
    const res = await page.goto('/no/such/page');
    assert.equal(res.status(), 404);
    await page.waitForFunction((re) => new RegExp(re, 'i').test(document.querySelector('main h1')?.textContent ?? ''), NOT_FOUND.source);
    const home = page.locator('main.not-found a');
    assert.equal(await home.getAttribute('href'), `${BASE_PATH}/`);
    await home.click();
    await page.waitForSelector('main a[href*="/read/"]');
    assert.equal(new URL(page.url()).pathname, `${BASE_PATH}/`);

    // An article the site has no file for (as an imported one would be): the reader runs and
    // says it does not know it.
    await page.goto('/read/999_0000000000000000');
    await page.waitForFunction(() => /999_0000000000000000/.test(document.querySelector('main')?.textContent ?? ''));
    assert.equal(await page.locator('article p').count(), 0);
    assert.equal(new URL(page.url()).pathname, `${BASE_PATH}/read/999_0000000000000000`);
    page.assertClean();
  } finally {
    await fresh.close();
  }
});

test('the web manifest names the site, its icons and a relative start', async () => {
  const page = await browser.open('/timeline');
  await page.waitForSelector('main h1');
  const href = await page.$eval('link[rel="manifest"]', (l) => l.href);
  assert.equal(href, `${BASE_URL}/manifest.webmanifest`);
  const res = await fetch(href);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type'), /^application\/manifest\+json/);
  const manifest = await res.json();
  assert.equal(manifest.name, '百模 baimo');
  assert.equal(manifest.start_url, './');
  assert.equal(manifest.scope, './');
  assert.equal(manifest.display, 'standalone');
  assert.match(manifest.theme_color, /^#[0-9a-f]{6}$/i);
  assert.match(manifest.background_color, /^#[0-9a-f]{6}$/i);
  assert.ok(manifest.icons.length >= 1);
  for (const icon of manifest.icons) {
    const got = await fetch(new URL(icon.src, href));
    assert.equal(got.status, 200, icon.src);
    assert.equal(got.headers.get('content-type'), icon.type);
  }
  page.assertClean();
});
