// Deep links survive a reload; unknown routes and ids get a clear "not found", not a crash.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ARTICLE_IDS, NOT_FOUND, articleParagraphs, useBrowser } from './harness.mjs';

const browser = useBrowser();

test('a deep link to an article loads, and loads again on reload', async () => {
  const id = ARTICLE_IDS[2];
  const page = await browser.open(`/read/${id}`);
  const first = await articleParagraphs(page);
  assert.ok(first.length >= 5);
  await page.reload();
  const again = await articleParagraphs(page);
  assert.deepEqual(again.slice(0, 3), first.slice(0, 3), 'different text after reload');
  assert.ok(page.url().endsWith(`/read/${id}`), `reload ended on ${page.url()}`);
  page.assertClean();
});

for (const path of ['/no/such/page', '/read/999_0000000000000000.txt']) {
  test(`${path} says "not found"`, async () => {
    const page = await browser.open(path);
    await page.waitForFunction((re) => new RegExp(re, 'i').test(document.body?.innerText ?? ''), NOT_FOUND.source);
    const paragraphs = await page.$$eval('article p', (ps) => ps.filter((p) => p.textContent.trim()).length);
    assert.equal(paragraphs, 0, 'an unknown article shows article text');
    page.assertClean();
  });
}
