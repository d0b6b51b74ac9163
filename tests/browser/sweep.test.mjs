// One pass over every page and control, in one tab: no console errors, no uncaught errors, no
// failed responses and no request to any other origin, anywhere.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ARTICLE_IDS, articleParagraphs, isLocal, readPath, useBrowser, waitSegmented } from './harness.mjs';

const browser = useBrowser();

test('every page stays clean and on the site', async () => {
  const page = await browser.open();
  const requests = [];
  page.on('request', (req) => requests.push(req.url()));
  await page.goto('/');
  await page.waitForSelector('main a[href*="/read/"]');
  for (const id of ARTICLE_IDS) {
    await page.goto(readPath(id));
    await articleParagraphs(page);
    await waitSegmented(page);
    for (const control of ['#toggle-boundaries', '#toggle-script', '#toggle-raw']) {
      const button = page.locator(control);
      if ((await button.count()) > 0 && (await button.isEnabled())) {
        await button.click();
        await button.click();
      }
    }
  }
  // The views over the whole corpus, with and without parameters, in both languages.
  for (const path of [
    '/timeline',
    '/timeline?c=anthropic&k=investment',
    '/compare',
    '/compare?c=amazon,anthropic,google',
    '/search',
    '/search?q=亚马逊&sort=left',
    '/corpus',
    '/import',
    '/companies',
  ]) {
    await page.goto(path);
    await page.waitForSelector('main h1');
    await page.waitForFunction(() => !document.querySelector('main .loading'), null, { timeout: 90_000 });
    assert.equal(await page.locator('main').count(), 1, `${path}: one <main>`);
    assert.equal(await page.locator('h1').count(), 1, `${path}: one <h1>`);
    assert.equal(await page.locator('main h1').count(), 1, `${path}: the <h1> is in <main>`);
    await page.click('#lang-switch');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.click('#lang-switch');
    await page.waitForFunction(() => document.documentElement.lang === 'zh-Hans');
  }
  await page.goto('/no/such/page');
  await page.waitForLoadState('load');
  assert.ok(requests.length > 0, 'no requests were recorded at all');
  assert.deepEqual(requests.filter((url) => !isLocal(url)), [], 'requests to other origins');
  assert.deepEqual(browser.blocked, [], 'requests to other origins were blocked');
  page.assertClean();
});
