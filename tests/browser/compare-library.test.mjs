// The comparison with a library of real articles (an even slice of ../shared/news-2024, see
// news-library.mjs): mentions over time instead of a bar per article, ranked articles a few
// at a time, every part bounded, reposts counted once unless asked, and a permalink that
// restores all of it.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  assertAccessible,
  eventually,
  horizontalOverflow,
  route,
  screenshots,
  useBrowser,
} from './harness.mjs';
import { domNodes, openWithNews, waitReady } from './news-library.mjs';

const browser = useBrowser();

/** Articles in the library: enough that bars per article no longer fit (`BAIMO_COMPARE_N`
 * measures another size, 918 for the whole library). */
const N = Number(process.env.BAIMO_COMPARE_N ?? 150);
const PATH = '/compare?c=openai,microsoft,google';

/** Each column's total mentions, by company id. */
function totals(page) {
  return page.$$eval('[data-company-column]', (cs) =>
    Object.fromEntries(cs.map((c) => [c.dataset.companyColumn, Number(c.querySelector('.total').dataset.total)])),
  );
}

/** The ranked articles' counts of one column, in order. */
function ranked(page, id) {
  return page.$$eval(`[data-company-column="${id}"] ol.top-articles li`, (ls) => ls.map((l) => Number(l.dataset.count)));
}

test('mentions over time, ranked articles, bounded lists, reposts once, a permalink', async () => {
  const page = await openWithNews(browser, N, PATH);
  await page.waitForSelector('section.series svg.series-chart');

  // One line per company on one chart, with a legend and a table of the same numbers; no bar
  // per article, no key of every title. Monthly: the bundled articles (August 2023 to October
  // 2024) stretch the library's April to August 2024 past half a year.
  assert.equal(await page.getAttribute('section.series', 'data-unit'), 'month');
  assert.deepEqual(
    await page.$$eval('svg.series-chart g.line', (ls) => ls.map((l) => l.dataset.company)),
    ['openai', 'microsoft', 'google'],
  );
  assert.equal(await page.locator('section.series .legend li').count(), 3);
  const bins = await page.locator('section.series .chart-data tbody tr').count();
  assert.equal(bins, 15, 'August 2023 to October 2024, without gaps');
  assert.ok((await page.getAttribute('svg.series-chart', 'aria-label')).length > 20);
  assert.equal(await page.locator('svg.chart').count(), 0, 'a bar chart per article at 150 articles');
  assert.equal(await page.locator('.article-key').count(), 0, 'a key of every article');
  // The switch between the two is offered only while bars fit.
  assert.equal(await page.locator('#chart-articles').count(), 0);

  // The series adds up to each column's total (every article of the slice is dated).
  const before = await totals(page);
  const summed = await page.$$eval('section.series .chart-data tbody tr', (rows) =>
    rows.reduce((sum, r) => {
      const cells = [...r.querySelectorAll('td')].slice(1).map((td) => Number(td.textContent));
      return cells.map((v, i) => (sum[i] ?? 0) + v);
    }, []),
  );
  assert.deepEqual(summed, [before.openai, before.microsoft, before.google]);

  // Ranked articles: five at first, most mentions first, each a link to the reader.
  for (const id of ['openai', 'microsoft', 'google']) {
    const counts = await ranked(page, id);
    assert.ok(counts.length > 0 && counts.length <= 5, `${id}: ${counts.length}`);
    assert.deepEqual(counts, [...counts].sort((a, b) => b - a), `${id} is not ranked`);
  }
  const hrefs = (await page.$$eval('ol.top-articles a', (as) => as.map((a) => a.getAttribute('href')))).map(route);
  assert.ok(hrefs.every((h) => /^\/read\/[^?#]+$/.test(h)), hrefs.join(' '));
  // Money lists are bounded the same way.
  for (const body of await page.locator('table.money tbody').all()) {
    assert.ok((await body.locator('tr').count()) <= 5);
  }

  const nodes = await domNodes(page);
  assert.ok(nodes <= 3000, `${nodes} DOM nodes`);
  console.log(`compare at ${N} articles: ${nodes} DOM nodes`);

  // Reposts: left out by default, and said so; every copy on request, in the address.
  assert.equal(await page.getAttribute('#copies-once', 'aria-pressed'), 'true');
  const leftOut = Number(await page.getAttribute('.copies-note', 'data-left-out'));
  assert.ok(leftOut > 0, 'the slice has reposts');
  await page.click('#copies-all');
  await page.waitForURL(/copies=all/);
  await eventually(async () => assert.equal(await page.locator('.copies-note').count(), 0));
  const after = await totals(page);
  for (const id of Object.keys(before)) assert.ok(after[id] >= before[id], `${id}: ${after[id]} < ${before[id]}`);
  assert.ok(Object.keys(before).some((id) => after[id] > before[id]), 'counting every copy changed no count');
  assert.equal(await page.getAttribute('#copies-all', 'aria-pressed'), 'true');

  // More ranked articles, in the address too.
  const top = await ranked(page, 'openai');
  await page.locator('[data-company-column="openai"] .more-row .more').first().click();
  await page.waitForURL(/articles=openai\.10/);
  await eventually(async () => assert.equal((await ranked(page, 'openai')).length, Math.min(10, top.length + 5)));
  assert.deepEqual((await ranked(page, 'openai')).slice(0, top.length), top, 'more keeps the first ones');

  // A permalink restores the companies, the switch and the longer list.
  const permalink = route(page.url());
  assert.match(permalink, /copies=all/);
  const again = await browser.open(permalink);
  await waitReady(again);
  await again.waitForSelector('section.series svg.series-chart');
  assert.equal(await again.getAttribute('#copies-all', 'aria-pressed'), 'true');
  assert.deepEqual(await totals(again), after);
  assert.deepEqual(await ranked(again, 'openai'), await ranked(page, 'openai'));
  again.assertClean();

  // Back: each story once again.
  await page.goBack();
  await page.goBack();
  await page.waitForURL((url) => !url.search.includes('copies'));
  await eventually(async () => assert.deepEqual(await totals(page), before));
  page.assertClean();
});

test(`at ${N} articles: accessible, no sideways scroll at 360 px, screenshots in both themes`, async () => {
  const page = await openWithNews(browser, N, '/compare?c=openai,microsoft,google,baidu,alibaba&pair=openai,microsoft');
  await page.waitForSelector('section.series svg.series-chart');
  await page.waitForSelector('.sentences li');
  assert.ok((await page.locator('.sentences li').count()) <= 5, 'the open cell lists every sentence');
  const nodes = await domNodes(page);
  assert.ok(nodes <= 3000, `${nodes} DOM nodes with five companies and an open cell`);
  console.log(`compare at ${N} articles, five companies and an open cell: ${nodes} DOM nodes`);
  await assertAccessible(page);
  assert.equal(await horizontalOverflow(page), 0, 'the page scrolls sideways at 360 px');
  await screenshots(page, 'compare-library');
  await page.emulateMedia({ colorScheme: 'dark' });
  await assertAccessible(page);
  await screenshots(page, 'compare-library-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  // In English: the chart's heading, bins and switches.
  await page.click('#lang-switch');
  await eventually(async () => assert.equal(await page.locator('section.series h2').innerText(), 'Mentions per month'));
  const bins = await page.$$eval('svg.series-chart .bin-label', (ts) => ts.map((t) => t.textContent));
  assert.ok(bins.length > 1 && bins.every((b) => /^[A-Z][a-z]{2} \d{4}$/.test(b)), bins.join(' | '));
  assert.equal(await page.locator('#copies-all').innerText(), 'Count every copy');
  await screenshots(page, 'compare-library-en');
  await page.click('#lang-switch');
  await eventually(async () => assert.equal(await page.locator('section.series h2').innerText(), '每月提及次数'));
  page.assertClean();
});
