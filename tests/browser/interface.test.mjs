// The interface for everyone: Chinese by default with an English switch that is remembered,
// a theme switch over the system's dark mode, keyboard focus that shows, and no serious axe
// violation on the home page, the reader and the not-found page.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  ARTICLE_IDS,
  articleParagraphs,
  assertAccessible,
  horizontalOverflow,
  readPath,
  screenshots,
  useBrowser,
  waitAnalysed,
  waitSegmented,
} from './harness.mjs';

const browser = useBrowser();

/** Opens `path` with nothing remembered (Chinese, system theme), whatever earlier tests chose. */
async function openFresh(path) {
  const page = await browser.open(path);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  return page;
}

const navTexts = (page) => page.$$eval('.site-header nav a', (as) => as.map((a) => a.textContent.trim()));

test('Chinese by default; the switch turns every header label to English and is remembered', async () => {
  const page = await openFresh('/');
  await page.waitForSelector('main a[href*="/read/"]');
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hans');
  assert.deepEqual(await navTexts(page), ['首页', '时间线', '公司比较', '搜索', '语料', '导入', '公司']);
  await page.click('#lang-switch');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.deepEqual(await navTexts(page), ['Home', 'Timeline', 'Compare', 'Search', 'Corpus', 'Import', 'Companies']);
  assert.equal(await page.locator('#articles-heading').innerText(), 'Articles');
  // Article titles are not translated: they keep their own language.
  assert.match(await page.locator('.article-entry').first().getAttribute('lang'), /^zh-Han[st]$/);
  // Remembered across a reload and on other pages.
  await page.goto(readPath(ARTICLE_IDS[0]));
  await articleParagraphs(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.match(await page.locator('.toolbar').innerText(), /Simplified/);
  await waitSegmented(page);
  assert.match(await page.locator('.seg-status').innerText(), /Segmented: \d+ words/);
  await page.click('#lang-switch');
  await page.waitForFunction(() => document.documentElement.lang === 'zh-Hans');
  assert.match(await page.locator('.seg-status').innerText(), /分词完成/);
  page.assertClean();
});

test('the theme switch overrides the system and is remembered', async () => {
  const page = await openFresh('/');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.waitForSelector('main a[href*="/read/"]');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();
  await page.emulateMedia({ colorScheme: 'dark' });
  const systemDark = await background();
  assert.notEqual(systemDark, light, 'dark mode does not follow the system');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.selectOption('#theme-picker', 'dark');
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  assert.equal(await background(), systemDark, 'the dark theme is not dark');
  await page.reload();
  await page.waitForSelector('main a[href*="/read/"]');
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  assert.equal(await background(), systemDark, 'the theme was not remembered');
  await assertAccessible(page);
  await page.selectOption('#theme-picker', 'system');
  assert.equal(await background(), light);
  page.assertClean();
});

test('every header control is reached by Tab with a visible focus ring', async () => {
  const page = await openFresh('/');
  await page.waitForSelector('main a[href*="/read/"]');
  const reached = [];
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    reached.push(
      await page.evaluate(() => {
        const el = document.activeElement;
        const style = getComputedStyle(el);
        return {
          label: el.id || el.textContent.trim(),
          outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
        };
      }),
    );
  }
  const labels = reached.map((r) => r.label);
  for (const wanted of ['时间线', '公司比较', '搜索', '语料', '导入', '公司', 'lang-switch', 'theme-picker']) {
    assert.ok(labels.includes(wanted), `Tab never reaches ${wanted}: ${labels.join(', ')}`);
  }
  assert.deepEqual(reached.filter((r) => !r.outline), [], 'focus without a visible outline');
  page.assertClean();
});

for (const [name, path] of [
  ['home', '/'],
  ['reader', readPath(ARTICLE_IDS[0])],
  ['not-found', '/no/such/page'],
]) {
  test(`${name}: one main and one h1, axe finds nothing serious, fits 360 px (both languages)`, async () => {
    const page = await openFresh(path);
    await page.waitForSelector('main h1');
    if (name === 'reader') await waitSegmented(page);
    assert.equal(await page.locator('main').count(), 1);
    assert.equal(await page.locator('h1').count(), 1);
    assert.equal(await horizontalOverflow(page), 0);
    await assertAccessible(page);
    await screenshots(page, name, { fullPage: name !== 'reader' });
    await page.click('#lang-switch');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await assertAccessible(page);
    await page.click('#lang-switch');
    await page.emulateMedia({ colorScheme: 'dark' });
    await assertAccessible(page);
    await screenshots(page, `${name}-dark`, { fullPage: name !== 'reader' });
    page.assertClean();
  });
}

test('the views pass axe in dark mode and in English too', async () => {
  const page = await openFresh('/');
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const path of ['/timeline', '/compare?c=amazon,anthropic&pair=amazon,anthropic', '/search?q=亚马逊', '/corpus']) {
    await page.goto(path);
    await waitAnalysed(page);
    await assertAccessible(page);
  }
  await page.click('#lang-switch');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  for (const path of ['/timeline', '/corpus']) {
    await page.goto(path);
    await waitAnalysed(page);
    await assertAccessible(page);
  }
  page.assertClean();
});
