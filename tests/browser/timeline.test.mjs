// The timeline: every event the native CLI exports, grouped by year and month with dates no
// more precise than written; filters that live in the address (so back/forward, reload and a
// pasted link restore them); cluster sources; evidence links into the reader; CSV and JSON
// downloads of what is shown; both languages; accessible and usable at 360 px.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import {
  articleParagraphs,
  assertAccessible,
  downloadFrom,
  eventually,
  horizontalOverflow,
  parseCsv,
  readPath,
  route,
  screenshots,
  useBrowser,
  waitAnalysed,
} from './harness.mjs';

const CLI = process.env.BAIMO_CLI;
const exported = CLI && existsSync(CLI) ? JSON.parse(execFileSync(CLI, ['export'], { maxBuffer: 64 << 20 })) : null;
const EVENTS = exported?.events ?? [];

const browser = useBrowser();

/** The CLI's events passing a predicate, as ids in timeline order. */
const expectedIds = (pass) => EVENTS.filter(pass).map((e) => e.id);
const names = (company) => (e) => e.entities.includes(company);
const hasKind = (kind) => (e) => e.money.some((m) => m.kind === kind);

/** Opens the timeline at `path` and waits for the analysed events. */
async function openTimeline(path = '/timeline') {
  const page = await browser.open(path);
  await waitAnalysed(page);
  await page.waitForSelector('#timeline-events');
  return page;
}

/** Ids of the events on the page, in page order. */
const shownIds = (page) =>
  page.$$eval('#timeline-events [data-event]', (els) => els.map((el) => el.dataset.event));

/** Events a page of the list (core's `timeline::paging::PAGE_SIZE`). */
const PAGE_SIZE = 50;

/** Waits until the page shows exactly `ids` (as a set) and the count line agrees. */
async function expectShown(page, ids) {
  await eventually(async () => {
    assert.deepEqual([...(await shownIds(page))].sort(), [...ids].sort());
    assert.equal(await page.getAttribute('#timeline-count', 'data-count'), String(ids.length));
  });
}

/** Event ids as the page orders them: timeline order within year, then month (month-less first). */
function inPageOrder(ids) {
  const byId = new Map(EVENTS.map((e, i) => [e.id, { e, i }]));
  const year = (e) => Number(e.date.slice(0, 4));
  const month = (e) => (e.precision === 'day' || e.precision.startsWith('month') ? Number(e.date.slice(5, 7)) : 0);
  return ids
    .map((id) => byId.get(id))
    .sort((a, b) => year(a.e) - year(b.e) || month(a.e) - month(b.e) || a.i - b.i)
    .map(({ e }) => e.id);
}

const query = (page) => new URL(page.url()).searchParams;

/**
 * The whole timeline's pages, as lists of ids: the events before the dense years (2022 on,
 * for the bundled articles: core's `overview::span`) on pages of their own, then the rest.
 */
function everyPage() {
  const order = inPageOrder(EVENTS.map((e) => e.id));
  const byId = new Map(EVENTS.map((e) => [e.id, e]));
  const split = order.findIndex((id) => Number(byId.get(id).date.slice(0, 4)) >= 2022);
  const pages = [];
  for (let i = 0; i < split; i += PAGE_SIZE) pages.push(order.slice(i, Math.min(i + PAGE_SIZE, split)));
  const opening = pages.length + 1;
  for (let i = split; i < order.length; i += PAGE_SIZE) pages.push(order.slice(i, i + PAGE_SIZE));
  return { order, pages, opening };
}

/** Waits until the page shows the whole timeline, opened on the first page of the dense years. */
async function expectEverything(page) {
  const { pages, opening } = everyPage();
  await eventually(async () => {
    assert.equal(await page.getAttribute('#timeline-count', 'data-count'), String(EVENTS.length));
    assert.deepEqual(await shownIds(page), pages[opening - 1]);
  });
}

/** The Amazon → Anthropic US$4 bn event as article 002 tells it. */
const AMAZON_4BN = EVENTS.find(
  (e) => e.article.startsWith('002') && e.money.some((m) => m.amount === 4e9 && m.payee === 'anthropic'),
);

test('the CLI export is there to compare with', () => {
  assert.ok(exported, `BAIMO_CLI=${CLI} did not give an export (run through cargo xtask test)`);
  assert.ok(EVENTS.length >= 100, `only ${EVENTS.length} events in the export`);
  assert.ok(AMAZON_4BN, 'no Amazon → Anthropic US$4 bn event in article 002');
});

test('unfiltered: every exported event, a page at a time, by year and month, dates only as precise as written', async () => {
  const page = await openTimeline();
  assert.equal((await page.textContent('h1'))?.trim(), '时间线');
  assert.equal(await page.locator('main h1').count(), 1);
  assert.equal(await page.getAttribute('#timeline-count', 'data-count'), String(EVENTS.length));
  assert.match(await page.textContent('#timeline-count'), new RegExp(`${EVENTS.length}`));

  // The list is paged: every exported event on exactly one page, in page order — timeline
  // order, grouped by year then month, month-less dates first. The years before the dense
  // ones have a page of their own, and the list opens after them.
  const { order, pages, opening } = everyPage();
  assert.ok(opening > 1, 'the bundled events before 2022 have no page of their own');
  assert.equal(await page.getAttribute('#timeline-pager-top', 'data-pages'), String(pages.length));
  assert.equal(await page.getAttribute('#timeline-pager-top', 'data-page'), String(opening));
  assert.equal(query(page).get('page'), null, 'the opening page is written into the address');
  await expectEverything(page);
  await page.goto('/timeline?page=1');
  const listed = [];
  for (let n = 1; n <= pages.length; n++) {
    if (n > 1) {
      await page.click('#timeline-pager-top a.next');
      await eventually(() => assert.equal(query(page).get('page'), String(n)));
    }
    await eventually(async () => assert.deepEqual(await shownIds(page), pages[n - 1]));
    listed.push(...(await shownIds(page)));
  }
  assert.deepEqual(listed, order);

  /** Goes to the page holding event `id`. */
  const pageOf = async (id) => {
    const n = pages.findIndex((ids) => ids.includes(id)) + 1;
    await page.goto(`/timeline?page=${n}`);
    await page.waitForSelector(`[data-event="${id}"]`);
  };

  // A year-precision event sits under "no month", never under a month.
  const yearly = EVENTS.find((e) => e.precision === 'year');
  await pageOf(yearly.id);
  const section = await page.$eval(`[data-event="${yearly.id}"]`, (el) => el.closest('section.month').className);
  assert.match(section, /no-month/, `${yearly.id} (${yearly.date}, year) is filed under a month`);

  // "9月下旬" stays late September, not a day; its wording as written is shown too.
  const late = EVENTS.find((e) => e.precision === 'month:late' && e.date === '2023-09');
  assert.ok(late, 'no late-September event in the export');
  await pageOf(late.id);
  const lateDate = await page.textContent(`[data-event="${late.id}"] .event-date`);
  assert.match(lateDate, /2023年9月下旬/);
  assert.ok(lateDate.includes(late.date_text), `the date as written (${late.date_text}) is missing`);
  const quarter = EVENTS.find((e) => e.precision.startsWith('quarter:'));
  if (quarter) {
    await pageOf(quarter.id);
    assert.match(await page.textContent(`[data-event="${quarter.id}"] time`), /年第\d季度/);
  }

  // Companies as chips, the clause in its article's script.
  const first = EVENTS.find((e) => e.entities.length > 0);
  await pageOf(first.id);
  const chips = await page.$$eval(`[data-event="${first.id}"] .chip`, (els) => els.map((el) => el.dataset.company));
  assert.deepEqual(chips, first.entities);
  const article = exported.articles.find((a) => a.id === first.article);
  assert.equal(
    await page.getAttribute(`[data-event="${first.id}"] .event-text`, 'lang'),
    article.script === 'traditional' ? 'zh-Hant' : 'zh-Hans',
  );

  await page.goto('/timeline');
  await page.waitForSelector('#timeline-events [data-event]');
  await assertAccessible(page);
  assert.equal(await horizontalOverflow(page), 0, 'the page scrolls sideways at 360 px');
  await screenshots(page, 'timeline');
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshots(page, 'timeline-dark');
  await assertAccessible(page);
  await page.emulateMedia({ colorScheme: 'light' });
  page.assertClean();
});

test('the overview chart draws the bundled events by month; clicking a month selects it', async () => {
  const page = await openTimeline();
  await page.waitForSelector('#timeline-overview svg path.bar');
  // The bundled events run 2007–2024: the far past is folded before the dense years.
  const before = await page.textContent('.edge-bin.before');
  assert.match(before, /早于2022年/);
  const folded = EVENTS.filter((e) => Number(e.date.slice(0, 4)) < 2022).length;
  assert.match(before, new RegExp(`·\\s*${folded}$`));
  const coarse = await page.$$eval('.coarse-years button', (bs) => bs.map((b) => b.dataset.year));
  assert.ok(coarse.includes('2023'), `no 2023 year-only button: ${coarse}`);

  // September 2023: from its January label, eight months on.
  const jan = await page.$eval('#timeline-overview .tick:nth-of-type(2)', (t) => [t.textContent, t.getBoundingClientRect().left]);
  const next = await page.$eval('#timeline-overview .tick:nth-of-type(3)', (t) => t.getBoundingClientRect().left);
  assert.equal(jan[0], '2023');
  const box = await page.locator('#timeline-overview svg').boundingBox();
  await page.mouse.click(jan[1] + ((next - jan[1]) / 12) * 8.5, box.y + box.height - 3);
  await eventually(() => {
    assert.equal(query(page).get('from'), '2023-09');
    assert.equal(query(page).get('to'), '2023-09');
  });
  await expectShown(page, expectedIds((e) => e.date.startsWith('2023-09')));
  page.assertClean();
});

test('a company filter changes the address and the list; back and forward restore it', async () => {
  const page = await openTimeline();
  await page.check('input[name="c"][value="anthropic"]');
  await eventually(() => assert.equal(query(page).get('c'), 'anthropic'));
  const anthropic = expectedIds(names('anthropic'));
  assert.ok(anthropic.length > 0 && anthropic.length < EVENTS.length);
  await expectShown(page, anthropic);
  const withChip = await page.$$eval('#timeline-events [data-event]', (els) =>
    els.every((el) => el.querySelector(':scope > .event-companies .chip[data-company="anthropic"]')),
  );
  assert.ok(withChip, 'a shown event has no Anthropic chip');

  // Several companies: events naming any of them.
  await page.check('input[name="c"][value="amazon"]');
  await eventually(() => assert.equal(query(page).get('c'), 'anthropic,amazon'));
  await expectShown(page, expectedIds((e) => names('anthropic')(e) || names('amazon')(e)));
  await assertAccessible(page);
  assert.equal(await horizontalOverflow(page), 0, 'the filtered page scrolls sideways at 360 px');

  await page.goBack();
  await eventually(() => assert.equal(query(page).get('c'), 'anthropic'));
  await expectShown(page, anthropic);
  assert.equal(await page.isChecked('input[name="c"][value="amazon"]'), false);
  assert.equal(await page.isChecked('input[name="c"][value="anthropic"]'), true);

  await page.goBack();
  await eventually(() => assert.equal(query(page).get('c'), null));
  await expectEverything(page);
  assert.equal(await page.isChecked('input[name="c"][value="anthropic"]'), false);

  await page.goForward();
  await expectShown(page, anthropic);
  page.assertClean();
});

test('a pasted link restores companies and money kinds, and survives a reload', async () => {
  const page = await openTimeline('/timeline?c=amazon&k=investment');
  const ids = expectedIds((e) => names('amazon')(e) && hasKind('investment')(e));
  assert.ok(ids.length > 0, 'Amazon states no investment in the export');
  await expectShown(page, ids);
  assert.equal(await page.isChecked('input[name="c"][value="amazon"]'), true);
  assert.equal(await page.isChecked('input[name="k"][value="investment"]'), true);
  assert.equal(await page.isChecked('input[name="c"][value="openai"]'), false);
  assert.equal(await page.isChecked('input[name="k"][value="revenue"]'), false);

  await page.reload();
  await waitAnalysed(page);
  await expectShown(page, ids);
  assert.equal(await page.isChecked('input[name="k"][value="investment"]'), true);

  // Clearing goes back to everything.
  await page.click('#timeline-clear');
  await eventually(() => assert.equal(new URL(page.url()).search, ''));
  await expectEverything(page);
  page.assertClean();
});

test('the date range: a month input writes the address; it holds the events dated within it', async () => {
  const page = await openTimeline('/timeline?from=2023-06&to=2023-06');
  assert.equal(await page.inputValue('#timeline-from'), '2023-06');
  assert.equal(await page.inputValue('#timeline-to'), '2023-06');
  // The range holds what is dated within it: June 2023's events, not those dated only to
  // 2023 (which the chart cannot put in a month either).
  await expectShown(page, expectedIds((e) => e.date.startsWith('2023-06')));
  assert.ok((await shownIds(page)).length > 0);

  await page.goto('/timeline');
  await waitAnalysed(page);
  await page.fill('#timeline-from', '2024-01');
  await eventually(() => assert.equal(query(page).get('from'), '2024-01'));
  const later = await shownIds(page);
  assert.deepEqual(later, inPageOrder(expectedIds((e) => Number(e.date.slice(0, 4)) >= 2024)));
  page.assertClean();
});

test('unknown filter values are named and ignored, not fatal', async () => {
  const page = await openTimeline('/timeline?c=nobody&k=cash&from=June&page=x');
  const note = await page.textContent('.notice');
  for (const bad of ['c=nobody', 'k=cash', 'from=June', 'page=x']) assert.ok(note.includes(bad), `${bad} is not reported`);
  await expectEverything(page);
  page.assertClean();
});

test('the Amazon → Anthropic US$4 bn event shows its money and every source', async () => {
  const page = await openTimeline('/timeline?c=amazon');
  const item = `[data-event="${AMAZON_4BN.id}"]`;
  const money = await page.textContent(`${item} .event-money`);
  assert.match(money, /40亿美元/);
  assert.match(money, /投资/);
  assert.match(money, /亚马逊 → Anthropic/);
  const sources = await page.$$eval(`${item} .also [data-source]`, (els) => els.map((el) => el.dataset.source));
  const all = [...new Set([AMAZON_4BN.article, ...sources])].map((id) => id.slice(0, 3)).sort();
  assert.deepEqual(all, ['000', '001', '002']);
  // Each other source links to its own sentence.
  const cluster = exported.clusters.find((c) => c.id === AMAZON_4BN.cluster);
  const links = (await page.$$eval(`${item} .also a.evidence`, (as) => as.map((a) => a.getAttribute('href')))).map(route);
  const expected = cluster.events
    .filter((id) => id !== AMAZON_4BN.id)
    .map((id) => EVENTS.find((e) => e.id === id))
    .map((e) => `${readPath(e.article)}?s=${e.span[0]}-${e.span[1]}#p${e.paragraph}`);
  assert.deepEqual(links, expected);
  page.assertClean();
});

test('an evidence link opens the reader at the sentence', async () => {
  const page = await openTimeline('/timeline?c=amazon');
  const e = AMAZON_4BN;
  const link = `[data-event="${e.id}"] > .event-source a.evidence`;
  const href = route(await page.getAttribute(link, 'href'));
  assert.equal(href, `${readPath(e.article)}?s=${e.span[0]}-${e.span[1]}#p${e.paragraph}`);
  await page.click(link);
  await eventually(() => assert.equal(route(new URL(page.url()).pathname), readPath(e.article)));
  assert.equal(new URL(page.url()).hash, `#p${e.paragraph}`);
  const paragraphs = await articleParagraphs(page);
  assert.ok(paragraphs.length > e.paragraph, 'the reader has no paragraph at the evidence');
  page.assertClean();
});

test('CSV and JSON downloads hold exactly the events shown', async () => {
  const page = await openTimeline('/timeline?c=amazon&k=investment');
  const ids = await shownIds(page);
  assert.ok(ids.length > 0);
  const hrefs = (
    await page.$$eval('#timeline-events [data-event] > .event-source a.evidence', (as) => as.map((a) => a.getAttribute('href')))
  ).map(route);

  const csv = await downloadFrom(page, '.export-csv');
  assert.match(csv.name, /^baimo-timeline-\d{4}-\d{2}-\d{2}\.csv$/);
  const [header, ...rows] = parseCsv(csv.text).filter((row) => row.length > 1);
  assert.deepEqual(header.slice(0, 3), ['id', 'date', 'precision']);
  assert.equal(rows.length, ids.length, 'CSV rows differ from the events shown');
  const col = (name) => header.indexOf(name);
  assert.deepEqual(rows.map((r) => r[col('id')]), ids, 'CSV rows are not the events shown, in page order');
  assert.deepEqual(rows.map((r) => r[col('evidence')]), hrefs);
  assert.ok(rows.every((r) => r[col('companies')].split(';').includes('amazon')));
  assert.ok(rows.some((r) => r[col('money')].includes('USD 4000000000 investment amazon→anthropic')));

  const json = await downloadFrom(page, '.export-json');
  assert.match(json.name, /^baimo-timeline-\d{4}-\d{2}-\d{2}\.json$/);
  const doc = JSON.parse(json.text);
  assert.equal(doc.view, 'timeline');
  assert.equal(doc.count, ids.length);
  assert.deepEqual(doc.events.map((e) => e.id), ids);
  assert.deepEqual(doc.filter.companies, ['amazon']);
  assert.deepEqual(doc.filter.kinds, ['investment']);
  page.assertClean();
});

test('at 360 px the filters fold behind a button that opens them', async () => {
  const page = await browser.open();
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/timeline');
  await waitAnalysed(page);
  const toggle = page.locator('.filters-toggle');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.isVisible('input[name="c"][value="openai"]'), false, 'filters shown before opening');
  // The events come first on a small screen.
  assert.ok(await page.isVisible('#timeline-events [data-event]'));
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  await page.check('input[name="c"][value="openai"]');
  await eventually(() => assert.equal(query(page).get('c'), 'openai'));
  await expectShown(page, expectedIds(names('openai')));
  assert.match(await toggle.textContent(), /1/, 'the button does not say one filter is set');
  assert.equal(await horizontalOverflow(page), 0);
  await assertAccessible(page);
  page.assertClean();
});

test('the language switch turns labels, dates and money to English and back', async () => {
  const page = await openTimeline('/timeline?c=amazon');
  await page.click('#lang-switch');
  try {
    await eventually(async () => assert.equal((await page.textContent('h1'))?.trim(), 'Timeline'));
    const shown = (await shownIds(page)).length;
    assert.equal((await page.textContent('#timeline-count'))?.trim(), `Showing ${shown} of ${EVENTS.length} events`);
    assert.equal((await page.textContent('#filters-heading'))?.trim(), 'Filters');
    const item = `[data-event="${AMAZON_4BN.id}"]`;
    assert.match(await page.textContent(`${item} .event-money`), /US\$4 bn investment .*Amazon → Anthropic/);
    assert.match(await page.textContent(`${item} time`), /^\d{1,2} Sep 2023$/);
    assert.match(await page.textContent(`${item} a.evidence`), /Evidence/);
    assert.ok(await page.$('label:has(input[value="amazon"]) >> text=Amazon'));
    await assertAccessible(page);
  } finally {
    await page.click('#lang-switch');
  }
  await eventually(async () => assert.equal((await page.textContent('h1'))?.trim(), '时间线'));
  assert.match(await page.textContent('#timeline-count'), /显示/);
  page.assertClean();
});
