// Deep links survive a reload; unknown routes and ids get a clear "not found", not a crash.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ARTICLE_IDS, NOT_FOUND, articleParagraphs, readPath, route, useBrowser } from './harness.mjs';

const browser = useBrowser();

test('a deep link to an article loads, and loads again on reload', async () => {
  const id = ARTICLE_IDS[2];
  const page = await browser.open(readPath(id));
  const first = await articleParagraphs(page);
  assert.ok(first.length >= 5);
  await page.reload();
  const again = await articleParagraphs(page);
  assert.deepEqual(again.slice(0, 3), first.slice(0, 3), 'different text after reload');
  assert.ok(page.url().endsWith(readPath(id)), `reload ended on ${page.url()}`);
  page.assertClean();
});

test('an old link, with the file extension in the address, opens its article at the new address', async () => {
  const id = ARTICLE_IDS[1];
  assert.ok(id.endsWith('.txt') && readPath(id) === `/read/${id.slice(0, -4)}`);
  const page = await browser.open(`/read/${id}?s=0-4#p0`);
  assert.ok((await articleParagraphs(page)).length >= 5);
  // One address per page: the app moved to the new one, keeping the query and the fragment.
  const url = new URL(page.url());
  assert.equal(route(url.pathname), readPath(id));
  assert.equal(url.search, '?s=0-4');
  assert.equal(url.hash, '#p0');
  await page.locator('mark.evidence').waitFor();
  page.assertClean();
});

for (const path of ['/no/such/page', '/read/999_0000000000000000', '/read/999_0000000000000000.txt']) {
  test(`${path} says "not found"`, async () => {
    const page = await browser.open(path);
    await page.waitForFunction((re) => new RegExp(re, 'i').test(document.body?.innerText ?? ''), NOT_FOUND.source);
    const paragraphs = await page.$$eval('article p', (ps) => ps.filter((p) => p.textContent.trim()).length);
    assert.equal(paragraphs, 0, 'an unknown article shows article text');
    page.assertClean();
  });
}

// Regression: the worker's "cache full" flag was a signal owned by the first page that read
// it, so once that page was left every later view panicked ("reactive value … disposed") and
// Back stopped working.
test('back and forth between the views: every page shows, nothing panics', async () => {
  const page = await browser.open('/timeline');
  await page.waitForSelector('#timeline-events', { timeout: 90_000 });
  for (const [path, ready] of [
    ['/compare', 'main h1'],
    ['/corpus', 'main tbody tr'],
    ['/', 'main a[href*="/read/"]'],
  ]) {
    await page.click(`.site-header nav a[href$="${path === '/' ? '/' : path}"]`);
    await page.waitForSelector(ready);
    assert.equal(route(new URL(page.url()).pathname), path);
  }
  await page.goBack();
  await page.waitForSelector('main tbody tr');
  await page.goBack();
  await page.goBack();
  await page.waitForSelector('#timeline-events');
  assert.equal(route(new URL(page.url()).pathname), '/timeline');
  await page.goForward();
  await page.waitForSelector('main h1');
  page.assertClean();
});
