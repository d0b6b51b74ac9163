// Companies nobody registered, found in a library of real articles (an even slice of
// ../shared/news-2024, see news-library.mjs): the compare picker lists them apart from the
// registered ones, and one can be picked and compared like any other, marked as discovered.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { screenshots, useBrowser } from './harness.mjs';
import { openWithNews } from './news-library.mjs';

const browser = useBrowser();

const N = Number(process.env.BAIMO_COMPARE_N ?? 150);

test('a discovered company is listed apart, marked, and can be compared', async () => {
  const page = await openWithNews(browser, N, '/compare?c=openai,microsoft');
  await page.waitForSelector('#compare-add');

  // Two groups in the add list: registered companies, then those found in the text.
  const groups = await page.$$eval('#compare-add optgroup', (gs) => gs.map((g) => g.dataset.origin));
  assert.deepEqual(groups, ['registered', 'discovered']);
  const found = await page.$$eval('#compare-add optgroup[data-origin="discovered"] option', (os) =>
    os.map((o) => o.value),
  );
  assert.ok(found.length > 0, 'no discovered company in the list');
  assert.ok(found.every((id) => id.startsWith('~')), found.join(' '));
  assert.ok(
    !(await page.$$eval('#compare-add optgroup[data-origin="registered"] option', (os) => os.map((o) => o.value))).some(
      (id) => id.startsWith('~'),
    ),
  );

  // Picked, it gets a column of its own with mentions, and its chip says it was discovered.
  const id = found[0];
  await page.selectOption('#compare-add', id);
  await page.click('#compare-add-button');
  const column = page.locator(`[data-company-column="${id}"]`);
  await column.waitFor({ timeout: 60_000 });
  const total = Number(await column.locator('.total').getAttribute('data-total'));
  assert.ok(total > 0, `${id}: ${total} mentions`);
  const pick = page.locator(`li.pick[data-pick="${id}"]`);
  assert.ok((await pick.getAttribute('title')).length > 0);
  assert.equal(await pick.locator('.chip').getAttribute('data-origin'), 'discovered');
  assert.equal((await pick.locator('.chip').textContent()).trim(), id.slice(1));
  // The URL keeps it: a reload compares the same companies.
  assert.ok(decodeURIComponent(page.url()).includes(id), page.url());
  await screenshots(page, 'compare-discovered');
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshots(page, 'compare-discovered-dark');
});
