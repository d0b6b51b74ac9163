// Search: a query (typed, or from a link) shows keyword-in-context lines from every article,
// across scripts, with counts per article; its settings live in the URL; it downloads.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  TRADITIONAL_ID,
  address,
  assertAccessible,
  downloadFrom,
  eventually,
  horizontalOverflow,
  parseCsv,
  route,
  screenshots,
  useBrowser,
  waitAnalysed,
} from './harness.mjs';

const browser = useBrowser();

/** Opens `/search` with `query` (a query string without `?`) once the corpus is analysed. */
async function openSearch(query = '') {
  const page = await browser.open(query ? `/search?${query}` : '/search');
  await waitAnalysed(page);
  return page;
}

/** The URL's search parameter `key`. */
const param = (page, key) => new URL(page.url()).searchParams.get(key);

/** Types `q` into the search box and submits; waits for the URL to carry it. */
async function searchFor(page, q) {
  await page.fill('#search-q', q);
  await page.press('#search-q', 'Enter');
  await eventually(() => assert.equal(param(page, 'q'), q));
}

/** Everything the results show: total, counts per article, the lines (links as routes). */
async function results(page) {
  const shown = await page.evaluate(() => {
    const number = (s) => Number((s ?? '').replace(/\D/g, ''));
    return {
      total: document.querySelector('.search-total') ? number(document.querySelector('.search-total').textContent) : null,
      words: [...document.querySelectorAll('.query-word')].map((w) => w.textContent),
      counts: [...document.querySelectorAll('.search-counts tbody tr')].map((tr) => ({
        title: tr.querySelector('th').textContent.trim(),
        count: number(tr.querySelector('td').textContent),
        pressed: tr.querySelector('button').getAttribute('aria-pressed'),
      })),
      countsTotal: number(document.querySelector('.search-counts tfoot td')?.textContent),
      lines: [...document.querySelectorAll('li.kwic-line')].map((li) => ({
        article: li.dataset.article,
        lang: li.querySelector('.kwic-text').getAttribute('lang'),
        left: li.querySelector('.kwic-left').textContent,
        keyword: li.querySelector('mark.kwic-hit').textContent,
        right: li.querySelector('.kwic-right').textContent,
        href: li.querySelector('a.kwic-source').getAttribute('href'),
      })),
      empty: document.querySelector('.search-empty')?.textContent ?? null,
    };
  });
  for (const line of shown.lines) line.href = route(line.href);
  return shown;
}

/** Waits until lines for a query are shown and returns the results. */
async function shownResults(page, check = (r) => assert.ok(r.lines.length > 0, 'no lines')) {
  return eventually(async () => {
    const r = await results(page);
    check(r);
    return r;
  }, 10_000);
}

/** The same results, consistent with themselves: lines = total = sum of counts. */
function assertConsistent(r) {
  const sum = r.counts.reduce((a, c) => a + c.count, 0);
  assert.equal(r.lines.length, r.total, 'lines shown differ from the total');
  assert.equal(sum, r.total, 'counts per article do not add up to the total');
  assert.equal(r.countsTotal, sum, 'the counts table total is wrong');
}

const key = (line) => `${line.article}|${line.href}`;

test('an empty search explains itself and offers examples; axe passes', async () => {
  const page = await openSearch();
  assert.equal(await page.locator('h1').count(), 1);
  assert.equal(await page.inputValue('#search-q'), '');
  assert.equal(await page.locator('form[role="search"] label[for="search-q"]').count(), 1);
  const examples = (await page.$$eval('.search-examples a', (as) => as.map((a) => a.getAttribute('href')))).map(route);
  assert.ok(examples.length >= 3, `examples: ${examples}`);
  assert.ok(examples.every((href) => href.startsWith('/search?q=')), `examples: ${examples}`);
  assert.equal(await page.locator('li.kwic-line').count(), 0);
  await assertAccessible(page);
  assert.equal(await horizontalOverflow(page), 0, 'the empty page scrolls sideways at 360 px');

  // An example link runs its query.
  await page.click('.search-examples a >> nth=0');
  await eventually(() => assert.ok(param(page, 'q')));
  await shownResults(page);
  page.assertClean();
});

test('typing 亚马逊 puts it in the URL and finds it in both scripts', async () => {
  const page = await openSearch();
  await searchFor(page, '亚马逊');
  const r = await shownResults(page);
  assertConsistent(r);
  assert.deepEqual(r.words, ['亚马逊']);

  const trad = r.lines.filter((l) => l.article === TRADITIONAL_ID);
  const simp = r.lines.filter((l) => l.article !== TRADITIONAL_ID);
  assert.ok(trad.length >= 20, `only ${trad.length} hits in the traditional article`);
  assert.ok(trad.every((l) => l.keyword === '亞馬遜' && l.lang === 'zh-Hant'), 'traditional text is not shown as written');
  assert.ok(simp.length >= 20, `only ${simp.length} hits in simplified articles`);
  assert.ok(simp.every((l) => l.keyword === '亚马逊' && l.lang === 'zh-Hans'));
  assert.ok(new Set(simp.map((l) => l.article)).size >= 2, 'simplified hits come from one article only');
  const tradRow = r.counts.find((c) => c.count === trad.length);
  assert.ok(tradRow, 'the traditional article count is missing');

  // Each line links to its span in the reader: as many chars as the keyword.
  for (const line of r.lines) {
    const m = /^\/read\/([^?]+)\?s=(\d+)-(\d+)#p(\d+)$/.exec(line.href);
    assert.ok(m, `bad evidence link ${line.href}`);
    assert.equal(m[1], address(line.article));
    assert.equal(Number(m[3]) - Number(m[2]), [...line.keyword].length);
  }
  // The context is in the paragraph around the hit.
  assert.ok(r.lines.some((l) => l.left.length > 10 && l.right.length > 10));
  page.assertClean();
});

test('亞馬遜 gives the same hits as 亚马逊, two terms more, a quoted phrase one term', async () => {
  const page = await openSearch('q=亚马逊');
  const simp = await shownResults(page);
  await searchFor(page, '亞馬遜');
  const trad = await shownResults(page, (r) => assert.deepEqual(r.words, ['亞馬遜']));
  assert.equal(trad.total, simp.total);
  assert.deepEqual(trad.lines.map(key), simp.lines.map(key));

  await searchFor(page, '亚马逊 OpenAI');
  const both = await shownResults(page, (r) => assert.equal(r.words.length, 2));
  assertConsistent(both);
  const openai = both.lines.filter((l) => l.keyword.toLowerCase() === 'openai');
  assert.ok(openai.length > 50, `only ${openai.length} OpenAI hits`);
  assert.equal(both.total, simp.total + openai.length, 'two terms do not give the union of their hits');

  await searchFor(page, '"生成式 AI"');
  const phrase = await shownResults(page, (r) => assert.equal(r.lines[0]?.keyword.replace(' ', ''), '生成式AI'));
  assertConsistent(phrase);
  assert.equal(await page.locator('.query-term').count(), 1, 'the quoted phrase is not one term');
  assert.equal(await page.locator('.query-term.phrase').count(), 1);
  const keywords = new Set(phrase.lines.map((l) => l.keyword));
  assert.deepEqual([...keywords].sort(), ['生成式 AI', '生成式AI'], 'the phrase does not match with and without the space');

  await searchFor(page, 'xyzzyplugh');
  const none = await shownResults(page, (r) => assert.ok(r.empty, 'no "no hits" message'));
  assert.equal(none.lines.length, 0);
  assert.equal(await page.locator('.export-csv').count(), 0);
  page.assertClean();
});

test('unchecking "whole words" finds the string inside words too; the URL keeps it', async () => {
  const page = await openSearch('q=亚马逊');
  const words = await shownResults(page);
  assertConsistent(words);
  assert.equal(await page.isChecked('#search-whole-words'), true);
  const in004 = (r) => r.lines.filter((l) => l.article.startsWith('004')).length;
  assert.equal(in004(words), 0, '004 only has 亚马逊 inside 亚马逊云科技');
  await page.uncheck('#search-whole-words');
  await eventually(() => assert.equal(param(page, 'm'), 'anywhere'));
  const anywhere = await shownResults(page, (r) => assert.ok(r.total > words.total, `${r.total} vs ${words.total}`));
  assertConsistent(anywhere);
  assert.ok(in004(anywhere) > 0, 'nothing found inside words in 004');
  for (const line of anywhere.lines) assert.match(line.keyword, /^(亚马逊|亞馬遜)$/);
  // Every whole-word line is still there.
  const all = new Set(anywhere.lines.map(key));
  assert.deepEqual(words.lines.map(key).filter((k) => !all.has(k)), []);
  await page.reload();
  await waitAnalysed(page);
  assert.equal(await page.isChecked('#search-whole-words'), false);
  assert.equal((await shownResults(page)).total, anywhere.total);
  await page.goBack();
  await eventually(async () => assert.equal(await page.isChecked('#search-whole-words'), true));
  assert.equal((await shownResults(page, (r) => assert.equal(r.total, words.total))).total, words.total);
  page.assertClean();
});

test('sorting by context changes the order and the URL; reload and back restore the view', async () => {
  const page = await openSearch();
  await searchFor(page, 'OpenAI');
  const byArticle = await shownResults(page);
  await page.check('input[name="sort"][value="left"]');
  await eventually(() => assert.equal(param(page, 'sort'), 'left'));
  const byLeft = await shownResults(page, (r) => assert.notDeepEqual(r.lines.map(key), byArticle.lines.map(key)));
  assert.equal(byLeft.total, byArticle.total);
  assert.deepEqual(byLeft.lines.map(key).sort(), byArticle.lines.map(key).sort(), 'sorting changed the hits');
  // Left contexts that need no folding (simplified, no spaces or full-width forms), read
  // leftwards from the hit, are in code-point order.
  const rev = (s) => [...s.toLowerCase()].reverse().join('');
  const plain = byLeft.lines.filter((l) => l.article !== TRADITIONAL_ID && !/[\s\uff00-\uffef]/.test(l.left));
  assert.ok(plain.length > 10, `only ${plain.length} plain left contexts`);
  plain.slice(1).forEach((l, i) => assert.ok(rev(plain[i].left) <= rev(l.left), `${plain[i].left} before ${l.left}`));

  await page.check('input[name="sort"][value="right"]');
  await eventually(() => assert.equal(param(page, 'sort'), 'right'));
  const byRight = await shownResults(page, (r) => assert.notDeepEqual(r.lines.map(key), byLeft.lines.map(key)));
  assert.notDeepEqual(byRight.lines.map(key), byArticle.lines.map(key));

  // Reload: same query, sort and lines.
  await page.reload();
  await waitAnalysed(page);
  const reloaded = await shownResults(page);
  assert.equal(await page.inputValue('#search-q'), 'OpenAI');
  assert.equal(await page.isChecked('input[name="sort"][value="right"]'), true);
  assert.deepEqual(reloaded.lines.map(key), byRight.lines.map(key));

  // Back: left order, then the article order, each with its radio checked.
  await page.goBack();
  await eventually(() => assert.equal(param(page, 'sort'), 'left'));
  const back = await shownResults(page, (r) => assert.deepEqual(r.lines.map(key), byLeft.lines.map(key)));
  assert.equal(back.total, byLeft.total);
  assert.equal(await page.isChecked('input[name="sort"][value="left"]'), true);
  // A new query replaces the old one; back brings the old one (and its input) again.
  await searchFor(page, '微软');
  await shownResults(page, (r) => assert.ok(r.lines.every((l) => l.keyword === '微软' || l.keyword === '微軟')));
  await page.goBack();
  await eventually(() => assert.equal(param(page, 'q'), 'OpenAI'));
  await eventually(async () => assert.equal(await page.inputValue('#search-q'), 'OpenAI'));
  await shownResults(page, (r) => assert.deepEqual(r.lines.map(key), byLeft.lines.map(key)));
  page.assertClean();
});

test('a pasted link restores query, sort and article filter; bad values are ignored', async () => {
  const q = encodeURIComponent('亚马逊 "Hugging Face"');
  const page = await openSearch(`q=${q}&sort=right&a=${encodeURIComponent(TRADITIONAL_ID)}`);
  const r = await shownResults(page);
  assert.equal(await page.inputValue('#search-q'), '亚马逊 "Hugging Face"');
  assert.equal(await page.isChecked('input[name="sort"][value="right"]'), true);
  assert.ok(r.lines.every((l) => l.article === TRADITIONAL_ID), 'the article filter is not applied');
  const pressed = r.counts.filter((c) => c.pressed === 'true');
  assert.equal(pressed.length, 1);
  assert.equal(pressed[0].count, r.lines.length);
  assert.ok(r.counts.length >= 3, 'counts of the other articles are gone');

  // "Show all" lifts the filter.
  await page.click('.show-all');
  await eventually(() => assert.equal(param(page, 'a'), null));
  const all = await shownResults(page, (res) => assert.ok(res.lines.length > r.lines.length));
  assertConsistent(all);
  assert.ok(all.lines.some((l) => l.keyword === 'Hugging Face'));

  // Clicking an article's count filters to it.
  await page.click('.search-counts tbody tr:nth-child(2) button');
  await eventually(() => assert.ok(param(page, 'a')));
  const one = await shownResults(page, (res) => assert.ok(res.lines.length < all.lines.length));
  assert.ok(one.lines.every((l) => l.article === param(page, 'a')));

  const bad = await openSearch('q=%E4%BA%9A%E9%A9%AC%E9%80%8A&sort=sideways&a=nope.txt');
  const badResults = await shownResults(bad);
  assertConsistent(badResults);
  assert.equal(await bad.isChecked('input[name="sort"][value="article"]'), true);
  const hostile = await openSearch(`q=${encodeURIComponent('"🤖'.repeat(300))}`);
  await shownResults(hostile, (res) => assert.ok(res.empty !== null, 'no message for a query without words'));
  for (const p of [page, bad, hostile]) p.assertClean();
});

test('CSV and JSON downloads hold exactly the shown hits', async () => {
  const page = await openSearch(`q=${encodeURIComponent('亚马逊 OpenAI')}&sort=left`);
  const r = await shownResults(page);
  assertConsistent(r);

  const csv = await downloadFrom(page, '.export-csv');
  assert.match(csv.name, /^baimo-search-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = parseCsv(csv.text);
  assert.deepEqual(rows[0], ['article', 'paragraph', 'start', 'end', 'term', 'left', 'keyword', 'right', 'evidence']);
  assert.equal(rows.length - 1, r.lines.length, 'CSV rows differ from the lines shown');
  rows.slice(1).forEach((row, i) => {
    assert.equal(row[0], r.lines[i].article);
    assert.equal(row[6], r.lines[i].keyword);
    assert.equal(row[8], r.lines[i].href);
  });

  const json = await downloadFrom(page, '.export-json');
  assert.match(json.name, /^baimo-search-\d{4}-\d{2}-\d{2}\.json$/);
  const doc = JSON.parse(json.text);
  assert.equal(doc.view, 'search');
  assert.equal(doc.query, '亚马逊 OpenAI');
  assert.equal(doc.sort, 'left');
  assert.equal(doc.total, r.total);
  assert.equal(doc.hits.length, r.total);
  assert.deepEqual(doc.hits.map((h) => h.evidence), r.lines.map((l) => l.href));
  page.assertClean();
});

test('the language switch changes the labels; axe passes with results; fits 360 px', async () => {
  const page = await openSearch(`q=${encodeURIComponent('亚马逊 "生成式 AI"')}`);
  const zh = await shownResults(page);
  const label = () => page.textContent('label[for="search-q"]');
  const heading = () => page.textContent('h1');
  assert.equal(await heading(), '搜索语料');
  assert.equal(await label(), '搜索词');
  await assertAccessible(page);
  assert.equal(await horizontalOverflow(page), 0, 'the results scroll sideways at 360 px');
  await screenshots(page, 'search');

  await page.click('#lang-switch');
  await eventually(async () => assert.equal(await heading(), 'Search the corpus'));
  assert.equal(await label(), 'Search terms');
  assert.match(await page.textContent('.search-total'), new RegExp(`^${zh.total} hits$`));
  assert.match(await page.textContent('.search-sort legend'), /Order lines/);
  assert.match(await page.title(), /Search the corpus/);
  const en = await results(page);
  assert.deepEqual(en.lines.map(key), zh.lines.map(key), 'switching language changed the hits');
  await assertAccessible(page);

  // Back to Chinese for whatever runs next in this browser profile.
  await page.click('#lang-switch');
  await eventually(async () => assert.equal(await heading(), '搜索语料'));
  page.assertClean();
});
