// /corpus: a row per article with its facts and what cleaning removed, rule by rule, equal to
// what the CLI exports; each row links to the reader and to the raw-vs-clean view.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  ARTICLE_IDS,
  assertAccessible,
  cliExport,
  horizontalOverflow,
  readPath,
  screenshots,
  useBrowser,
} from './harness.mjs';

const browser = useBrowser();

test('the corpus table has every article with its cleaning counts', async () => {
  const { articles } = cliExport();
  const page = await browser.open('/corpus');
  await page.waitForSelector('table.corpus-table tbody tr');
  assert.equal(await page.locator('main h1').count(), 1);
  const rows = await page.$$eval('table.corpus-table tbody tr', (trs) => trs.map((tr) => tr.dataset.article));
  assert.deepEqual(rows, ARTICLE_IDS);
  for (const article of articles) {
    const row = page.locator(`tr[data-article="${article.id}"]`);
    const text = (await row.innerText()).replace(/\s+/g, ' ');
    assert.ok(text.includes(article.publisher), `${article.id}: publisher`);
    assert.ok(text.includes(String([...article.text].length)), `${article.id}: clean length ${[...article.text].length}`);
    const shown = Object.fromEntries(
      await row.locator('ul.removed li').evaluateAll((lis) =>
        lis.map((li) => [li.dataset.rule, Number(li.querySelector('.count').textContent)]),
      ),
    );
    const expected = Object.fromEntries(Object.entries(article.removed).filter(([, n]) => n > 0));
    assert.deepEqual(shown, expected, `${article.id}: cleaning counts`);
    assert.equal(await row.locator(`a[href$="${readPath(article.id)}"]`).count(), 1);
    assert.equal(await row.locator(`a[href$="${readPath(article.id)}?raw=1"]`).count(), 1);
  }
  // Rule totals add the rows up.
  const jammer = articles.reduce((n, a) => n + a.removed.jammer, 0);
  assert.equal(Number(await page.locator('.rules-table tr[data-rule="jammer"] td').innerText()), jammer);
  assert.equal(await horizontalOverflow(page), 0, 'the page scrolls sideways at 360 px');
  await assertAccessible(page);
  await screenshots(page, 'corpus');
  await page.click(`tr[data-article="${ARTICLE_IDS[3]}"] a.raw-link`);
  await page.waitForSelector('.raw-scrape pre');
  page.assertClean();
});
