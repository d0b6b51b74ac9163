// The company comparison: real figures (checked against the native CLI's export), a selection
// that lives in the URL, the co-occurrence sentences, downloads, languages and accessibility.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import {
  BASE_PATH,
  assertAccessible,
  downloadFrom,
  eventually,
  horizontalOverflow,
  parseCsv,
  route,
  screenshots,
  SEGMENT_TIMEOUT,
  useBrowser,
  waitAnalysed,
} from './harness.mjs';

const browser = useBrowser();

const CLI = process.env.BAIMO_CLI;
const exported = CLI && existsSync(CLI) ? JSON.parse(execFileSync(CLI, ['export'], { maxBuffer: 64 << 20 })) : null;

/** The CLI's comparison data for a company id. */
function company(id) {
  assert.ok(exported, `BAIMO_CLI=${CLI} does not exist (run through cargo xtask test)`);
  const c = exported.companies.find((x) => x.id === id);
  assert.ok(c, `the CLI export has no company ${id}`);
  return c;
}

/**
 * The CLI's mentions of company `c` in every bundled article, in corpus order: the export
 * lists only the articles that name it, the page draws a bar for each.
 */
function perArticle(c) {
  return exported.articles.map(({ id }) => {
    const m = c.mentions.per_article.find((x) => x.article === id);
    return { article: id, count: m?.count ?? 0, per_10k: m?.per_10k ?? 0 };
  });
}

/**
 * Waits until the analysis is on screen. The picker shows only then; waiting for it first
 * also covers the moment before the app has mounted, when there is no loading line yet.
 */
async function ready(page) {
  await page.waitForSelector('main .picker', { timeout: SEGMENT_TIMEOUT });
  await waitAnalysed(page);
}

/** Opens `path` and waits until the analysis is on screen. */
async function openCompare(path) {
  const page = await browser.open(path);
  await ready(page);
  return page;
}

/** Ids of the columns on screen, in order. */
function columnIds(page) {
  return page.$$eval('[data-company-column]', (cs) => cs.map((c) => c.dataset.companyColumn));
}

/** Presses a list's "more" button until the whole list shows (the button then hides). */
async function showAll(more) {
  for (let i = 0; i < 100 && (await more.count()) > 0 && (await more.isVisible()); i++) {
    const url = more.page().url();
    await more.click();
    await more.page().waitForURL((u) => u.href !== url);
  }
}

/** The `c` parameter of the page's URL. */
function selected(page) {
  return new URL(page.url()).searchParams.get('c');
}

test('amazon and anthropic side by side, with the CLI figures', async () => {
  const page = await openCompare('/compare?c=amazon,anthropic');
  assert.deepEqual(await columnIds(page), ['amazon', 'anthropic']);
  for (const id of ['amazon', 'anthropic']) {
    const cli = company(id);
    const col = page.locator(`[data-company-column="${id}"]`);
    assert.equal(Number(await col.locator('.total').getAttribute('data-total')), cli.mentions.total);
    assert.match(await col.locator('.total').innerText(), new RegExp(`\\b${cli.mentions.total}\\b`));
    assert.equal(await col.locator('.share-value').innerText(), `${(cli.mentions.share * 100).toFixed(1)}%`);
    // One bar per article, each labelled with the CLI's count (the default scale is raw).
    const chart = col.locator('svg.chart');
    assert.equal(await chart.getAttribute('role'), 'img');
    assert.ok((await chart.getAttribute('aria-label')).length > 10, 'the chart has no summary');
    const values = await chart.locator('.bar-value').allTextContents();
    assert.deepEqual(values.map(Number), perArticle(cli).map((a) => a.count));
    assert.equal(await chart.locator('.bar rect').count(), perArticle(cli).length);
    assert.deepEqual(
      await chart.locator('.bar-label').allTextContents(),
      perArticle(cli).map((_, i) => `#${i + 1}`),
    );
    assert.ok((await chart.locator('.tick text').count()) >= 2, 'the axis has no ticks');
    // The money table lists the company's first five figures, then five more on request,
    // each linking to its sentence.
    const rows = col.locator('table.money tbody tr');
    assert.equal(await rows.count(), Math.min(5, cli.money.length));
    await showAll(col.locator('.table-scroll:has(table.money) + .more-row .more'));
    assert.equal(await rows.count(), cli.money.length);
    const hrefs = (await col.locator('table.money a.evidence').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).map(route);
    assert.ok(hrefs.length > 0 && hrefs.every((h) => /^\/read\/[^?]+\?s=\d+-\d+#p\d+$/.test(h)), hrefs.join(' '));
  }
  // Amazon's first money figure is its US$4 bn investment in Anthropic.
  const first = page.locator('[data-company-column="amazon"] table.money tbody tr').first();
  assert.match(await first.innerText(), /40亿美元/);
  assert.equal(await page.title().then((t) => t.startsWith('公司比较')), true);
  page.assertClean();
});

test('the per-10k scale is a URL switch and labels the bars with the CLI rates', async () => {
  const page = await openCompare('/compare?c=amazon,anthropic');
  await page.click('#scale-per10k');
  await page.waitForURL(/scale=per10k/);
  assert.equal(await page.getAttribute('#scale-per10k', 'aria-pressed'), 'true');
  const values = await page.locator('[data-company-column="amazon"] svg.chart .bar-value').allTextContents();
  const rates = perArticle(company('amazon')).map((a) => a.per_10k);
  assert.equal(values.length, rates.length);
  values.forEach((v, i) => assert.ok(/^\d+\.\d$/.test(v) && Math.abs(Number(v) - rates[i]) <= 0.0501, `${v} vs ${rates[i]}`));
  await page.goBack();
  await page.waitForFunction(() => !location.search.includes('scale'));
  assert.equal(await page.getAttribute('#scale-raw', 'aria-pressed'), 'true');
  page.assertClean();
});

test('five articles: a bar each by default, mentions over time on request, in the URL', async () => {
  const page = await openCompare('/compare?c=amazon,anthropic');
  assert.equal(await page.getAttribute('#chart-articles', 'aria-pressed'), 'true');
  assert.equal(await page.locator('section.series').count(), 0);
  // No reposts among the bundled articles: no switch for them, nothing left out.
  assert.equal(await page.locator('#copies-all').count(), 0);
  assert.equal(await page.locator('.copies-note').count(), 0);
  // The ranked articles: every article naming the company, most mentions first.
  const counts = await page.$$eval('[data-company-column="amazon"] ol.top-articles li', (ls) => ls.map((l) => Number(l.dataset.count)));
  assert.deepEqual(counts, company('amazon').mentions.per_article.map((a) => a.count).filter((n) => n > 0).sort((a, b) => b - a));
  await page.click('#chart-time');
  await page.waitForURL(/chart=time/);
  await page.waitForSelector('section.series svg.series-chart');
  assert.equal(await page.getAttribute('section.series', 'data-unit'), 'month');
  assert.equal(await page.locator('svg.chart').count(), 0);
  assert.equal(await page.locator('svg.series-chart g.line').count(), 2);
  await page.goBack();
  await page.waitForFunction(() => !location.search.includes('chart'));
  await page.waitForSelector('svg.chart');
  assert.equal(await page.locator('section.series').count(), 0);
  page.assertClean();
});

test('adding and removing companies changes the URL and the columns; Back restores', async () => {
  const page = await openCompare('/compare?c=amazon,anthropic');
  await page.selectOption('#compare-add', 'google');
  await page.click('#compare-add-button');
  await page.waitForURL(/c=amazon,anthropic,google/);
  assert.equal(selected(page), 'amazon,anthropic,google');
  await eventually(async () => assert.deepEqual(await columnIds(page), ['amazon', 'anthropic', 'google']));
  assert.equal(
    Number(await page.locator('[data-company-column="google"] .total').getAttribute('data-total')),
    company('google').mentions.total,
  );
  // The co-occurrence matrix grows with the selection: 3 rows, 3 header cells.
  assert.equal(await page.locator('table.cooccurrence tbody tr').count(), 3);

  await page.click('[data-pick="google"] .pick-remove');
  await page.waitForURL((url) => url.searchParams.get('c') === 'amazon,anthropic');
  await eventually(async () => assert.deepEqual(await columnIds(page), ['amazon', 'anthropic']));

  await page.goBack();
  await page.waitForURL((url) => url.searchParams.get('c') === 'amazon,anthropic,google');
  await eventually(async () => assert.deepEqual(await columnIds(page), ['amazon', 'anthropic', 'google']));
  await page.goBack();
  await page.waitForURL((url) => url.searchParams.get('c') === 'amazon,anthropic');
  await eventually(async () => assert.deepEqual(await columnIds(page), ['amazon', 'anthropic']));
  page.assertClean();
});

test('a permalink restores three picks, and reload keeps them', async () => {
  const page = await openCompare('/compare?c=openai,microsoft,meta');
  assert.deepEqual(await columnIds(page), ['openai', 'microsoft', 'meta']);
  const picks = await page.$$eval('[data-pick]', (ps) => ps.map((p) => p.dataset.pick));
  assert.deepEqual(picks, ['openai', 'microsoft', 'meta']);
  // Picked companies are not offered again.
  const offered = await page.$$eval('#compare-add option', (os) => os.map((o) => o.value));
  assert.ok(!offered.includes('openai') && offered.includes('google'), offered.join(','));
  await page.reload();
  await ready(page);
  assert.deepEqual(await columnIds(page), ['openai', 'microsoft', 'meta']);
  page.assertClean();
});

test('an unknown id is reported and the valid ones are still compared', async () => {
  const page = await openCompare('/compare?c=amazon,nope,anthropic');
  assert.match(await page.locator('main .notice').first().innerText(), /nope/);
  assert.deepEqual(await columnIds(page), ['amazon', 'anthropic']);
  page.assertClean();
});

test('one valid company shows the picker and suggestions, not an error', async () => {
  const page = await openCompare('/compare?c=amazon,nope');
  assert.match(await page.locator('main .notice').first().innerText(), /nope/);
  assert.equal(await page.locator('[data-company-column]').count(), 0);
  assert.equal(await page.locator('main .error').count(), 0);
  const links = (await page.$$eval('.suggestions a', (as) => as.map((a) => a.getAttribute('href')))).map(route);
  assert.ok(links.includes('/compare?c=amazon,anthropic'), links.join(' '));
  await page.click(`.suggestions a[href="${BASE_PATH}/compare?c=amazon,anthropic"]`);
  await page.waitForURL(/c=amazon,anthropic/);
  await eventually(async () => assert.deepEqual(await columnIds(page), ['amazon', 'anthropic']));
  page.assertClean();
});

test('six companies: only five are kept and adding is disabled', async () => {
  const page = await openCompare('/compare?c=openai,microsoft,google,amazon,anthropic,meta');
  assert.deepEqual(await columnIds(page), ['openai', 'microsoft', 'google', 'amazon', 'anthropic']);
  assert.match(await page.locator('main .notice').first().innerText(), /5/);
  assert.equal(await page.locator('#compare-add').isDisabled(), true);
  assert.equal(await page.locator('#compare-full').count(), 1);
  page.assertClean();
});

test('the amazon × anthropic cell opens the sentences naming both', async () => {
  const page = await openCompare('/compare?c=amazon,anthropic');
  const expected = company('amazon').cooccurs.find((o) => o.id === 'anthropic').count;
  const cell = page.locator('table.cooccurrence button[data-pair="amazon,anthropic"]');
  assert.equal(Number(await cell.innerText()), expected);
  assert.equal(await cell.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.locator('table.cooccurrence th[scope="col"]').count(), 2);
  assert.equal(await page.locator('table.cooccurrence th[scope="row"]').count(), 2);
  await cell.click();
  await page.waitForURL(/pair=amazon,anthropic/);
  await page.waitForSelector('.sentences li');
  assert.equal(await cell.getAttribute('aria-expanded'), 'true');
  // Five sentences at first, five more each time, and how many there are in all.
  assert.equal(await page.locator('.sentences li').count(), Math.min(5, expected));
  assert.match(await page.locator('.sentences .shown-of').innerText(), new RegExp(`\\b${expected}\\b`));
  await showAll(page.locator('.sentences .more'));
  await page.waitForURL(/sentences=\d+/);
  assert.equal(await page.locator('.sentences li').count(), expected);
  const hrefs = (await page.$$eval('.sentences a.evidence', (as) => as.map((a) => a.getAttribute('href')))).map(route);
  assert.equal(hrefs.length, expected);
  assert.ok(hrefs.every((h) => h.startsWith('/read/')), hrefs.join(' '));
  // Each sentence names both companies, and keeps its article's script as its lang.
  const langs = await page.$$eval('.sentences q', (qs) => qs.map((q) => q.getAttribute('lang')));
  assert.ok(langs.every((l) => l === 'zh-Hant' || l === 'zh-Hans'), langs.join(','));
  const texts = await page.$$eval('.sentences q', (qs) => qs.map((q) => q.textContent));
  assert.ok(texts.every((t) => /Anthropic/i.test(t)), 'a sentence does not name Anthropic');
  // The link opens the reader on that sentence.
  await page.locator('.sentences a.evidence').first().click();
  await page.waitForURL(/\/read\/.+\?s=\d+-\d+#p\d+/);
  page.assertClean();
});

test('CSV and JSON downloads hold the comparison', async () => {
  const page = await openCompare('/compare?c=amazon,anthropic,google');
  const csv = await downloadFrom(page, '.export-csv');
  assert.match(csv.name, /^baimo-compare-\d{4}-\d{2}-\d{2}\.csv$/);
  const [header, ...rows] = parseCsv(csv.text);
  const col = (name) => header.indexOf(name);
  assert.deepEqual(header.slice(0, 3), ['company', 'company_en', 'metric']);
  for (const id of ['amazon', 'anthropic', 'google']) {
    const cli = company(id);
    const total = rows.find((r) => r[col('company')] === id && r[col('metric')] === 'mentions' && r[col('article')] === '');
    assert.equal(Number(total?.[col('value')]), cli.mentions.total, `total of ${id}`);
    const inArticles = rows.filter((r) => r[col('company')] === id && r[col('metric')] === 'mentions' && r[col('article')] !== '');
    assert.deepEqual(
      inArticles.map((r) => [r[col('article')], Number(r[col('value')])]),
      perArticle(cli).map((a) => [a.article, a.count]),
    );
    const money = rows.filter((r) => r[col('company')] === id && r[col('metric')] === 'money');
    assert.equal(money.length, cli.money.length, `money rows of ${id}`);
  }
  const pair = rows.find((r) => r[col('metric')] === 'cooccurrence' && r[col('company')] === 'amazon' && r[col('other')] === 'anthropic');
  assert.equal(Number(pair?.[col('value')]), company('amazon').cooccurs.find((o) => o.id === 'anthropic').count);
  assert.equal(rows.filter((r) => r[col('metric')] === 'cooccurrence').length, 3, 'one row per pair');

  const json = await downloadFrom(page, '.export-json');
  assert.match(json.name, /^baimo-compare-\d{4}-\d{2}-\d{2}\.json$/);
  const doc = JSON.parse(json.text);
  assert.deepEqual(doc.columns.map((c) => c.id), ['amazon', 'anthropic', 'google']);
  assert.equal(doc.columns[0].total, company('amazon').mentions.total);
  assert.deepEqual(doc.matrix.ids, ['amazon', 'anthropic', 'google']);
  page.assertClean();
});

test('the language switch turns labels and company names into English', async () => {
  const page = await openCompare('/compare?c=amazon,anthropic');
  assert.equal(await page.locator('main h1').innerText(), '公司比较');
  assert.equal(await page.locator('[data-company-column="amazon"] h2').innerText(), '亚马逊');
  await page.click('#lang-switch');
  await eventually(async () => assert.equal(await page.locator('main h1').innerText(), 'Compare companies'));
  assert.equal(await page.locator('[data-company-column="amazon"] h2').innerText(), 'Amazon');
  assert.match(await page.locator('[data-company-column="amazon"] .total').innerText(), /mentions/);
  assert.match(await page.locator('[data-company-column="amazon"] table.money tbody tr').first().innerText(), /US\$4 bn/);
  assert.match(await page.locator('table.cooccurrence thead').innerText(), /Amazon/);
  // Back to Chinese, so the next tests start from the default.
  await page.click('#lang-switch');
  await eventually(async () => assert.equal(await page.locator('main h1').innerText(), '公司比较'));
  page.assertClean();
});

test('accessible, no sideways scroll at 360 px, screenshots', async () => {
  const page = await openCompare('/compare?c=amazon,anthropic,google&pair=amazon,anthropic');
  await page.waitForSelector('.sentences li');
  await assertAccessible(page);
  assert.equal(await horizontalOverflow(page), 0, 'the page scrolls sideways at 360 px');
  await screenshots(page, 'compare');
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshots(page, 'compare-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  // Five columns are the tightest desktop layout.
  const five = await openCompare('/compare?c=openai,microsoft,google,amazon,anthropic');
  assert.equal(await horizontalOverflow(five), 0);
  await screenshots(five, 'compare-five');
  five.assertClean();
  // The empty page (picker and suggestions) passes too.
  const empty = await openCompare('/compare');
  await empty.waitForSelector('.suggestions');
  await assertAccessible(empty);
  assert.equal(await horizontalOverflow(empty), 0);
  page.assertClean();
  empty.assertClean();
});
