// The script toggle shows a traditional-script article in simplified characters and back.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TRADITIONAL_ID, articleParagraphs, readPath, useBrowser } from './harness.mjs';

const browser = useBrowser();

const articleText = (page) => page.$eval('article', (a) => a.innerText);

test('script toggle: traditional → simplified → traditional', async () => {
  const page = await browser.open(readPath(TRADITIONAL_ID));
  await articleParagraphs(page);
  const button = page.locator('#toggle-script');
  assert.equal(await button.getAttribute('aria-pressed'), 'false', 'simplified is on before toggling');
  assert.equal(await page.getAttribute('article', 'lang'), 'zh-Hant');
  const original = await articleText(page);
  assert.ok(original.includes('亞馬遜'), 'the original text lacks 亞馬遜');

  await button.click();
  await page.waitForSelector('#toggle-script[aria-pressed="true"]');
  await page.waitForFunction(() => document.querySelector('article')?.innerText.includes('亚马逊'));
  const simplified = await articleText(page);
  assert.ok(!simplified.includes('亞馬遜'), 'traditional 亞馬遜 remains after switching to simplified');
  assert.ok(!simplified.includes('規模'), 'traditional 規模 remains after switching to simplified');
  assert.equal(await page.getAttribute('article', 'lang'), 'zh-Hans', 'article lang does not follow the script');

  await button.click();
  await page.waitForSelector('#toggle-script[aria-pressed="false"]');
  await page.waitForFunction(() => document.querySelector('article')?.innerText.includes('亞馬遜'));
  assert.equal(await page.getAttribute('article', 'lang'), 'zh-Hant');
  page.assertClean();
});
