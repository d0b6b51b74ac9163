// The lists at the size of a real library (an even slice of ../shared/news-2024): the corpus
// table paged, sorted and filtered from the address; a reposted story as one row with its
// copies, and the switch that lists every copy; the home page's newest stories; search's
// lines paged and its per-article counts with "more"; every view within 3,000 elements.
//
// BAIMO_LISTS_FULL=1 also opens the views with the whole library (918 articles) and prints
// their element counts and heights.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  ARTICLE_IDS,
  SCREENSHOT_DIR,
  assertAccessible,
  eventually,
  horizontalOverflow,
  route,
  screenshots,
  useBrowser,
  waitAnalysed,
} from './harness.mjs';
import { domNodes, newsArticles, openWithNews, waitReady } from './news-library.mjs';

const browser = useBrowser();

/** Articles in the test library. */
const SIZE = 150;
/** Rows per page of the corpus table (`listing::PAGE_SIZE`) and lines per page of search. */
const PAGE_SIZE = 25;
const LINES_PER_PAGE = 250;
/** The views' budget of elements. */
const MAX_NODES = 3000;

/** The address's parameter `key`. */
const param = (page, key) => new URL(page.url()).searchParams.get(key);

/** The table's rows as shown: id, date, title, copies folded under it. */
function tableRows(page) {
  return page.$$eval('table.corpus-table tbody tr', (trs) =>
    trs.map((tr) => ({
      id: tr.dataset.article,
      date: tr.dataset.date,
      title: tr.querySelector('th a').textContent,
      publisher: tr.querySelector('td').childNodes[0]?.textContent ?? '',
      copies: Number(tr.dataset.copies),
      repost: tr.classList.contains('repost'),
    })),
  );
}

/** The status line's numbers: rows in all pages and articles matched. */
async function status(page) {
  const el = page.locator('#corpus-status');
  return { rows: Number(await el.getAttribute('data-rows')), matched: Number((await el.getAttribute('data-matched')) ?? 0) };
}

/** Waits until the table shows rows other than `before` (ids), and returns them. */
async function changedRows(page, before) {
  return eventually(async () => {
    const rows = await tableRows(page);
    assert.notDeepEqual(rows.map((r) => r.id), before.map((r) => r.id));
    return rows;
  }, 10_000);
}

/** Element count and page height, the figures the issue measures. */
async function size(page) {
  return { nodes: await domNodes(page), height: await page.evaluate(() => document.documentElement.scrollHeight) };
}

// First, while the browser's library is empty.
test('the bundled five still look right: one page, no pager, filters that fit 360 px', async () => {
  const page = await browser.open('/corpus');
  await page.waitForSelector('table.corpus-table tbody tr');
  assert.equal(await page.locator('.pager').count(), 0);
  assert.equal(await page.locator('#filter-origin').count(), 0, 'no choice of origin without articles of yours');
  await page.locator('#filter-title').pressSequentially('亞馬遜', { delay: 30 });
  await eventually(() => assert.equal(param(page, 'q'), '亞馬遜'));
  await eventually(async () => {
    const r = await tableRows(page);
    assert.ok(r.length > 0 && r.length < ARTICLE_IDS.length, `${r.length} rows`);
  });
  assert.equal(await horizontalOverflow(page), 0);
  await page.fill('#filter-title', '');
  await eventually(async () => assert.equal((await tableRows(page)).length, ARTICLE_IDS.length));
  await page.emulateMedia({ colorScheme: 'dark' });
  await assertAccessible(page);
  await screenshots(page, 'lists-corpus-bundled-dark');
  await page.goto('/');
  await page.waitForSelector('li.article-entry');
  assert.equal(await page.locator('li.article-entry').count(), ARTICLE_IDS.length);
  await screenshots(page, 'lists-home-bundled-dark');
  page.assertClean();
  await page.close();
});

test('a library of 150: the corpus table pages, sorts, filters, folds reposts, and its address restores it', async () => {
  const articles = newsArticles(SIZE);
  const page = await openWithNews(browser, SIZE, '/corpus');
  const total = articles.length + ARTICLE_IDS.length;
  await page.waitForSelector('table.corpus-table tbody tr');
  const first = await tableRows(page);
  assert.equal(first.length, PAGE_SIZE, 'the first page is not full');
  const { rows, matched } = await status(page);
  assert.equal(matched, total, 'every article matches with no filter');
  assert.ok(rows < total, `${rows} rows for ${total} articles: no repost was folded`);
  assert.equal(Number(await page.getAttribute('.pager-page >> nth=0', 'data-pages')), Math.ceil(rows / PAGE_SIZE));
  const figures = await size(page);
  assert.ok(figures.nodes <= MAX_NODES, `${figures.nodes} elements`);
  console.log(`corpus at ${total} articles: ${figures.nodes} elements, ${figures.height} px`);

  // Next page: in the address; reload keeps it.
  await page.click('.pager >> nth=0 >> a.next');
  await eventually(() => assert.equal(param(page, 'page'), '2'));
  const second = await changedRows(page, first);
  await page.reload();
  await waitReady(page);
  await eventually(async () => assert.deepEqual((await tableRows(page)).map((r) => r.id), second.map((r) => r.id)));

  // Sort by date: newest first, then a second click oldest first; back to page 1.
  await page.click('th[data-sort="date"] a');
  await eventually(() => assert.equal(param(page, 'sort'), '-date'));
  assert.equal(param(page, 'page'), null);
  const newest = await changedRows(page, second);
  assert.deepEqual(newest.map((r) => r.date), newest.map((r) => r.date).sort().reverse(), 'not newest first');
  assert.equal(await page.getAttribute('th[data-sort="date"]', 'aria-sort'), 'descending');
  await page.click('th[data-sort="date"] a');
  await eventually(() => assert.equal(param(page, 'sort'), 'date'));
  const oldest = await changedRows(page, newest);
  assert.deepEqual(oldest.map((r) => r.date), oldest.map((r) => r.date).sort(), 'not oldest first');
  await page.click('th[data-sort="length"] a');
  await eventually(() => assert.equal(param(page, 'sort'), '-length'));

  // The title filter, as you type, in English any case and in Chinese.
  await page.click('th[data-sort="date"] a');
  await eventually(() => assert.equal(param(page, 'sort'), '-date'));
  await page.locator('#filter-title').pressSequentially('openai', { delay: 30 });
  await eventually(() => assert.equal(param(page, 'q'), 'openai'));
  const openai = await eventually(async () => {
    const r = await tableRows(page);
    assert.ok(r.length > 0 && r.every((x) => /openai/i.test(x.title)), JSON.stringify(r.map((x) => x.title)));
    return r;
  }, 10_000);
  assert.equal(param(page, 'sort'), '-date', 'typing lost the sort');
  await page.fill('#filter-title', '模型');
  await eventually(() => assert.equal(param(page, 'q'), '模型'));
  await eventually(async () => {
    const r = await tableRows(page);
    assert.ok(r.length > 0 && r.every((x) => x.title.includes('模型')), JSON.stringify(r.map((x) => x.title)));
  }, 10_000);
  assert.ok(openai.length > 0);
  await page.fill('#filter-title', '');
  await eventually(() => assert.equal(param(page, 'q'), null));

  // Month range.
  await page.fill('#filter-from', '2024-07');
  await eventually(() => assert.equal(param(page, 'from'), '2024-07'));
  await eventually(async () => {
    const r = await tableRows(page);
    assert.ok(r.length > 0 && r.every((x) => x.date >= '2024-07'), JSON.stringify(r.map((x) => x.date)));
  }, 10_000);
  await page.fill('#filter-to', '2024-07');
  await eventually(() => assert.equal(param(page, 'to'), '2024-07'));
  const july = await status(page);
  assert.ok(july.matched < total && july.matched > 0, `${july.matched} in July`);

  // Company: fewer articles, all of them naming it.
  await page.click('#clear-filters');
  await eventually(() => assert.equal(param(page, 'from'), null));
  assert.equal(param(page, 'sort'), '-date', 'clearing the filters lost the sort');
  await page.selectOption('#filter-company', 'openai');
  await eventually(() => assert.equal(param(page, 'co'), 'openai'));
  const openaiArticles = await eventually(async () => {
    const s = await status(page);
    assert.ok(s.matched > 0 && s.matched < total, JSON.stringify(s));
    return s;
  });

  // Publisher (when the library names any): every row is from it.
  const publishers = await page.$$eval('#filter-publisher option', (os) => os.map((o) => o.value).filter(Boolean));
  if (publishers.length > 0) {
    await page.selectOption('#filter-publisher', publishers[0]);
    await eventually(() => assert.equal(param(page, 'pub'), publishers[0]));
    await eventually(async () => {
      const r = await tableRows(page);
      assert.ok(r.every((x) => x.publisher.includes(publishers[0])), JSON.stringify(r.map((x) => x.publisher)));
    });
    await page.selectOption('#filter-publisher', '');
  }
  await eventually(() => assert.equal(param(page, 'pub'), null));

  // Yours or bundled.
  await page.selectOption('#filter-company', '');
  await eventually(() => assert.equal(param(page, 'co'), null));
  await page.selectOption('#filter-origin', 'bundled');
  await eventually(() => assert.equal(param(page, 'src'), 'bundled'));
  await eventually(async () => assert.deepEqual((await tableRows(page)).map((r) => r.id).sort(), [...ARTICLE_IDS].sort()));
  await page.selectOption('#filter-origin', 'yours');
  await eventually(async () => assert.equal((await status(page)).matched, articles.length));

  // A permalink restores page, sort and every filter, the controls included.
  const link = `/corpus?sort=-date&co=openai&src=yours&page=2&from=2024-04`;
  const restored = await browser.open(link);
  await waitReady(restored);
  await restored.waitForSelector('table.corpus-table tbody tr');
  assert.equal(await restored.inputValue('#filter-company'), 'openai');
  assert.equal(await restored.inputValue('#filter-origin'), 'yours');
  assert.equal(await restored.getAttribute('th[data-sort="date"]', 'aria-sort'), 'descending');
  assert.equal(await restored.inputValue('#filter-from'), '2024-04');
  const pages = await restored.locator('.pager-page').count();
  if (pages > 0) assert.equal(Number(await restored.getAttribute('.pager-page >> nth=0', 'data-page')), 2);
  const restoredRows = await tableRows(restored);
  assert.ok(restoredRows.every((r) => r.id.startsWith('mine-')));
  assert.deepEqual(restoredRows.map((r) => r.date), restoredRows.map((r) => r.date).sort().reverse());
  assert.ok(openaiArticles.matched > 0);
  restored.assertClean();
  await restored.close();
  page.assertClean();
  await page.close();
});

test('a reposted story is one row with its copies; the switch lists every copy; the reader links them', async () => {
  const page = await openWithNews(browser, SIZE, '/corpus?sort=-date');
  await page.waitForSelector('table.corpus-table tbody tr');
  const folded = await status(page);
  // A story whose copies are folded under it, on some page.
  let story = page.locator('tr[data-copies]:not([data-copies="0"])').first();
  for (let p = 2; (await story.count()) === 0; p++) {
    assert.ok(p <= Math.ceil(folded.rows / PAGE_SIZE), 'no reposted story in the library');
    await page.goto(`/corpus?sort=-date&page=${p}`);
    await page.waitForSelector('table.corpus-table tbody tr');
    story = page.locator('tr[data-copies]:not([data-copies="0"])').first();
  }
  const original = await story.getAttribute('data-article');
  const n = Number(await story.getAttribute('data-copies'));
  const summary = story.locator('details.story-copies summary');
  assert.equal(await summary.innerText(), `${n} 篇转载`);
  await summary.click();
  const copies = await story.locator('details.story-copies li').evaluateAll((lis) => lis.map((li) => li.dataset.article));
  assert.equal(copies.length, n);
  await screenshots(page, 'lists-corpus-story');

  // Every copy as its own row: more rows, in the address; a copy names its original.
  await page.check('#filter-copies');
  await eventually(() => assert.equal(param(page, 'copies'), 'all'));
  await eventually(async () => assert.equal((await status(page)).rows, folded.matched));
  await page.goto(`/corpus?copies=all&q=`);
  await page.waitForSelector('table.corpus-table tbody tr');
  assert.equal(await page.isChecked('#filter-copies'), true);

  // The reader: the original says it was reposted and links the copies; a copy links back.
  await page.goto(`/read/${original.replace(/\.txt$/, '')}`);
  await waitReady(page);
  const note = page.locator('.story-note');
  await note.waitFor();
  const linked = await note.locator('a').evaluateAll((as) => as.map((a) => a.dataset.article));
  assert.deepEqual(linked.sort(), [...copies].sort());
  await page.goto(`/read/${copies[0].replace(/\.txt$/, '')}`);
  await page.locator('.story-note .story-original a').waitFor();
  assert.equal(await page.getAttribute('.story-note .story-original a', 'data-article'), original);
  await page.locator('.article-header').screenshot({ path: join(SCREENSHOT_DIR, 'lists-reader-story.png') });
  page.assertClean();
  await page.close();
});

test('home stays short at 150 articles: the library in numbers, the newest stories, the way to the table', async () => {
  const articles = newsArticles(SIZE);
  const page = await openWithNews(browser, SIZE, '/');
  const total = articles.length + ARTICLE_IDS.length;
  await page.waitForSelector('.library-summary');
  assert.equal(Number(await page.getAttribute('.library-summary', 'data-articles')), total);
  assert.ok(Number(await page.getAttribute('.library-summary', 'data-stories')) < total);
  const entries = await page.locator('li.article-entry').count();
  assert.equal(entries, 10);
  const figures = await size(page);
  assert.ok(figures.nodes <= MAX_NODES, `${figures.nodes} elements`);
  console.log(`home at ${total} articles: ${figures.nodes} elements, ${figures.height} px`);
  assert.equal(await horizontalOverflow(page), 0);
  await assertAccessible(page);
  await screenshots(page, 'lists-home');
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshots(page, 'lists-home-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.click('#all-articles');
  await eventually(() => assert.equal(route(new URL(page.url()).pathname), '/corpus'));
  assert.equal(param(page, 'sort'), '-date');
  await page.waitForSelector('table.corpus-table tbody tr');
  assert.equal(await horizontalOverflow(page), 0, 'the corpus table scrolls sideways at 360 px');
  await assertAccessible(page);
  await screenshots(page, 'lists-corpus');
  await page.emulateMedia({ colorScheme: 'dark' });
  await assertAccessible(page);
  await screenshots(page, 'lists-corpus-dark');
  page.assertClean();
  await page.close();
});

test('search at 150 articles: lines a page at a time, the counts top ten with "more", both in the address', async () => {
  const page = await openWithNews(browser, SIZE, `/search?q=${encodeURIComponent('模型')}`);
  await page.waitForSelector('li.kwic-line');
  const total = Number((await page.textContent('.search-total')).replace(/\D/g, ''));
  assert.ok(total > LINES_PER_PAGE, `only ${total} hits`);
  assert.equal(await page.locator('li.kwic-line').count(), LINES_PER_PAGE);
  assert.equal(await page.locator('.search-counts tbody tr').count(), 10);
  const countsTotal = Number((await page.textContent('.search-counts tfoot td')).replace(/\D/g, ''));
  assert.equal(countsTotal, total, 'the counts total is not every hit');
  const counts = await page.$$eval('.search-counts tbody td', (tds) => tds.map((td) => Number(td.textContent)));
  assert.deepEqual(counts, [...counts].sort((a, b) => b - a), 'counts are not most first');
  let figures = await size(page);
  assert.ok(figures.nodes <= MAX_NODES, `${figures.nodes} elements`);
  console.log(`search 模型 at 150: ${total} hits, ${figures.nodes} elements, ${figures.height} px`);

  const firstLine = await page.getAttribute('li.kwic-line a.kwic-source', 'href');
  await page.click('.pager >> nth=0 >> a.next');
  await eventually(() => assert.equal(param(page, 'page'), '2'));
  await eventually(async () => assert.notEqual(await page.getAttribute('li.kwic-line a.kwic-source', 'href'), firstLine));
  assert.match(await page.textContent('#lines-range'), new RegExp(`^第 ${LINES_PER_PAGE + 1}–`));

  await page.click('#counts-more');
  await eventually(() => assert.equal(param(page, 'top'), '30'));
  await eventually(async () => assert.equal(await page.locator('.search-counts tbody tr').count(), 30));
  assert.equal(param(page, 'page'), '2', '"more" lost the page');
  figures = await size(page);
  assert.ok(figures.nodes <= MAX_NODES, `${figures.nodes} elements with 30 counts`);
  await page.click('#counts-more');
  await eventually(() => assert.equal(param(page, 'top'), '50'));
  figures = await size(page);
  assert.ok(figures.nodes <= MAX_NODES, `${figures.nodes} elements with 50 counts`);
  await page.reload();
  await waitAnalysed(page);
  await eventually(async () => assert.equal(await page.locator('.search-counts tbody tr').count(), 50));
  assert.match(await page.textContent('#lines-range'), new RegExp(`^第 ${LINES_PER_PAGE + 1}–`));
  // A new order starts at the first page.
  await page.check('input[name="sort"][value="left"]');
  await eventually(() => assert.equal(param(page, 'sort'), 'left'));
  assert.equal(param(page, 'page'), null);
  assert.equal(await horizontalOverflow(page), 0);
  await screenshots(page, 'lists-search');
  await page.emulateMedia({ colorScheme: 'dark' });
  await assertAccessible(page);
  await screenshots(page, 'lists-search-dark');
  page.assertClean();
  await page.close();
});

test('the whole library (BAIMO_LISTS_FULL=1): element counts and heights', { skip: !process.env.BAIMO_LISTS_FULL }, async () => {
  const page = await openWithNews(browser, 10_000, '/corpus');
  for (const path of ['/corpus', '/corpus?copies=all&sort=-length', '/', `/search?q=${encodeURIComponent('模型')}&top=50`, `/search?q=AI`]) {
    await page.goto(path);
    await waitReady(page, 600_000);
    await page.waitForSelector('main h2, main table, li.kwic-line');
    const figures = await size(page);
    console.log(`FULL ${path}: ${figures.nodes} elements, ${figures.height} px`);
    assert.ok(figures.nodes <= MAX_NODES, `${path}: ${figures.nodes} elements`);
  }
  await screenshots(page, 'lists-search-full');
  page.assertClean();
});
