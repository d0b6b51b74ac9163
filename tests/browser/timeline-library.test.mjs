// The timeline at the size of a real library (an even slice of ../shared/news-2024, see
// news-library.mjs): the overview chart of events per month, whose range is brushed or
// clicked (or picked with the keyboard) and kept in the address; the list a page at a time;
// a reposted story counted once unless every copy is asked for; the DOM budget.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  assertAccessible,
  downloadFrom,
  eventually,
  horizontalOverflow,
  parseCsv,
  screenshots,
  useBrowser,
} from './harness.mjs';
import { domNodes, openWithNews, waitReady } from './news-library.mjs';

/** Articles in the slice: enough for reposts, several pages and a folded past. */
const N = Number(process.env.BAIMO_TIMELINE_N ?? 150);

const browser = useBrowser();
let page;

const query = () => new URL(page.url()).searchParams;

/** Ids of the events on the page. */
const shownIds = () => page.$$eval('#timeline-events [data-event]', (els) => els.map((el) => el.dataset.event));

/** The `datetime` of every event on the page (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`). */
const shownDates = () => page.$$eval('#timeline-events [data-event] > .event-date time', (els) => els.map((el) => el.dateTime));

const count = async () => Number(await page.getAttribute('#timeline-count', 'data-count'));
/** The page shown and how many there are (one page has no page links). */
const pager = async () => {
  const nav = page.locator('#timeline-pager-top');
  if ((await nav.count()) === 0) return { page: 1, pages: 1 };
  return { page: Number(await nav.getAttribute('data-page')), pages: Number(await nav.getAttribute('data-pages')) };
};

/** The chart's year labels: { year: left edge of its January, in px from the page's left }. */
async function yearTicks() {
  return page.$$eval('#timeline-overview .tick', (ticks) =>
    Object.fromEntries(ticks.map((t) => [t.textContent.trim(), t.getBoundingClientRect().left])),
  );
}

/** The page point at the middle of a month's bar (`YYYY-MM`), from the year labels. */
async function monthPoint(month) {
  const ticks = await yearTicks();
  const years = Object.keys(ticks).map(Number).sort();
  assert.ok(years.length >= 2, `the chart has too few year labels: ${years}`);
  const width = (ticks[years[1]] - ticks[years[0]]) / 12 / (years[1] - years[0]);
  const [y, m] = month.split('-').map(Number);
  assert.ok(String(y) in ticks, `no ${y} on the chart's axis (${years})`);
  const box = await page.locator('#timeline-overview svg').boundingBox();
  return { x: ticks[y] + (m - 0.5) * width, y: box.y + box.height - 4 };
}

test(`the timeline of ${N} real articles opens on a chart and the dense years, under the DOM budget`, async () => {
  page = await openWithNews(browser, N, '/timeline');
  await page.waitForSelector('#timeline-overview svg path.bar');
  const bars = await page.locator('#timeline-overview svg path.bar').count();
  assert.ok(bars >= 2, `only ${bars} stacks on the chart`);
  const legend = await page.$$eval('.overview .legend li', (lis) => lis.map((li) => li.textContent.trim()));
  assert.ok(legend.length >= 3 && legend.length <= 7, `legend: ${legend}`);

  // The far past is folded into an edge bin, and the list opens where the dense years start.
  const before = await page.textContent('.edge-bin.before');
  const firstYear = Number(/(\d{4})/.exec(before)[1]);
  assert.ok(firstYear >= 2020, `the chart starts in ${firstYear}`);
  const dates = await shownDates();
  assert.ok(dates.length > 0 && dates.length <= 50, `${dates.length} events on the first page`);
  assert.ok(Number(dates[0].slice(0, 4)) >= firstYear, `the list opens in ${dates[0]}, before ${firstYear}`);
  const { page: opened, pages } = await pager();
  assert.ok(pages > 1, 'one page for a whole library');
  assert.ok(opened > 1, 'the list opens on page 1, in the far past');
  assert.equal(query().get('page'), null, 'the opening page is not written into the address');

  const nodes = await domNodes(page);
  assert.ok(nodes <= 3000, `${nodes} elements`);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  console.log(`# timeline, ${N} articles: ${nodes} elements, ${height} px tall, ${await count()} events, ${pages} pages`);

  await assertAccessible(page);
  assert.equal(await horizontalOverflow(page), 0, 'the page scrolls sideways at 360 px');
  await screenshots(page, 'timeline-library');
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshots(page, 'timeline-library-dark');
  await assertAccessible(page);
  await page.emulateMedia({ colorScheme: 'light' });
  page.assertClean();
});

test('clicking a month filters the list to it, in the address; a reload keeps it', async () => {
  await page.goto('/timeline');
  await waitReady(page);
  const all = await count();
  const point = await monthPoint('2024-04');
  await page.mouse.click(point.x, point.y);
  await eventually(() => {
    assert.equal(query().get('from'), '2024-04');
    assert.equal(query().get('to'), '2024-04');
  });
  const april = await count();
  assert.ok(april > 0 && april < all, `${april} events in April 2024 of ${all}`);
  await eventually(async () => {
    const dates = await shownDates();
    assert.ok(dates.length > 0 && dates.every((d) => d.startsWith('2024-04')), `not April 2024: ${dates}`);
  });
  assert.equal((await pager()).page, 1, 'a new range does not start on the first page');
  assert.equal(await page.locator('#timeline-overview .selection').count(), 1);
  assert.equal(await page.inputValue('#timeline-from'), '2024-04');
  await screenshots(page, 'timeline-library-april', { fullPage: false });

  await page.reload();
  await waitReady(page);
  await eventually(async () => assert.equal(await count(), april));
  assert.equal(await page.locator('#timeline-overview .selection').count(), 1);
  assert.equal(query().get('from'), '2024-04');
  page.assertClean();
});

test('brushing across months selects the range; the keyboard moves, stretches and clears it', async () => {
  await page.goto('/timeline');
  await waitReady(page);
  const from = await monthPoint('2024-04');
  const to = await monthPoint('2024-07');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, from.y, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 4 });
  await page.mouse.up();
  await eventually(() => {
    assert.equal(query().get('from'), '2024-04');
    assert.equal(query().get('to'), '2024-07');
  });
  // Every event shown is dated within April–July 2024; one dated only to a quarter (its
  // `datetime` a bare year) is the second quarter, April to June.
  const times = await page.$$eval('#timeline-events [data-event] > .event-date time', (els) =>
    els.map((el) => [el.dateTime, el.textContent]),
  );
  assert.ok(times.length > 0);
  for (const [d, text] of times) {
    if (d.length === 4) assert.match(text, /^2024年第2季度$/, `${d} ${text} in April–July 2024`);
    else assert.ok(d >= '2024-04' && d.slice(0, 7) <= '2024-07', `${d} in April–July 2024`);
  }

  // Keyboard: Escape clears, arrows move the cursor (from July, where the brush ended),
  // Shift+arrows stretch a range, Enter selects it.
  await page.focus('#timeline-overview');
  await page.keyboard.press('Escape');
  await eventually(() => assert.equal(query().get('from'), null));
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  await eventually(async () => assert.match(await page.textContent('#overview-status'), /2024年5月至2024年6月/));
  await page.keyboard.press('Enter');
  await eventually(() => {
    assert.equal(query().get('from'), '2024-05');
    assert.equal(query().get('to'), '2024-06');
  });
  // The range clears from its button too.
  await page.click('#timeline-clear-range');
  await eventually(() => assert.equal(query().get('to'), null));
  page.assertClean();
});

test('the far past is one edge bin that selects everything before the dense years', async () => {
  await page.goto('/timeline');
  await waitReady(page);
  const before = page.locator('.edge-bin.before');
  const firstYear = Number(/(\d{4})/.exec(await before.textContent())[1]);
  const folded = Number(/·\s*(\d+)/.exec(await before.textContent())[1]);
  await before.click();
  await eventually(() => assert.equal(query().get('to'), String(firstYear - 1)));
  await eventually(async () => assert.equal(await count(), folded));
  const dates = await shownDates();
  assert.ok(dates.every((d) => Number(d.slice(0, 4)) < firstYear), `after ${firstYear - 1}: ${dates}`);
  page.assertClean();
});

test('pages: next and back, the page in the address, a filter starts again', async () => {
  await page.goto('/timeline');
  await waitReady(page);
  const first = await shownIds();
  const opened = (await pager()).page;
  assert.equal(first.length, 50);
  await page.click('#timeline-pager-top a.next');
  await eventually(() => assert.equal(query().get('page'), String(opened + 1)));
  await eventually(async () => assert.notDeepEqual(await shownIds(), first));
  assert.equal((await pager()).page, opened + 1);
  const second = await shownIds();
  assert.ok(second.every((id) => !first.includes(id)), 'page 2 repeats page 1');
  await page.goBack();
  await eventually(async () => assert.deepEqual(await shownIds(), first));

  // A number link (the first page: the far past), then a reload.
  await page.click('#timeline-pager-bottom a[aria-label="第 1 页"]');
  await eventually(() => assert.equal(query().get('page'), '1'));
  await page.reload();
  await waitReady(page);
  await eventually(async () => assert.equal((await pager()).page, 1));
  const past = await shownDates();
  assert.ok(past.length > 0 && past.length <= 50);

  // A company filter starts the list again.
  await page.locator('input[name="c"]').first().check();
  await eventually(() => assert.equal(query().get('page'), null));
  assert.ok(query().get('c'));
  page.assertClean();
});

test('a reposted story counts once; the switch shows every copy and downloads follow', async () => {
  await page.goto('/timeline');
  await waitReady(page);
  const once = await count();
  const hidden = await page.textContent('.copies-switch .hint');
  assert.match(hidden, /\d+/);
  // The originals say they were reposted.
  const csvOnce = await downloadFrom(page, '.export-csv');
  const rowsOnce = parseCsv(csvOnce.text).filter((r) => r.length > 1).length - 1;
  assert.equal(rowsOnce, once, 'the CSV is not every event shown');

  await page.check('#timeline-copies');
  await eventually(() => assert.equal(query().get('copies'), 'all'));
  await eventually(async () => assert.ok((await count()) > once, 'the switch shows no more events'));
  const every = await count();
  const csvAll = await downloadFrom(page, '.export-csv');
  assert.equal(parseCsv(csvAll.text).filter((r) => r.length > 1).length - 1, every);

  // Somewhere in the list, an original says "also in N reposts" and a copy names its original.
  let reposts = 0;
  let copies = 0;
  const { pages } = await pager();
  for (let n = 1; n <= pages && (reposts === 0 || copies === 0); n++) {
    await page.goto(`/timeline?copies=all&page=${n}`);
    await waitReady(page);
    reposts += await page.locator('#timeline-events .reposts').count();
    copies += await page.locator('#timeline-events .event.copy .repost-of').count();
  }
  assert.ok(reposts > 0, 'no event says it was reposted');
  assert.ok(copies > 0, 'no copy names its original');

  await page.reload();
  await waitReady(page);
  assert.equal(await page.isChecked('#timeline-copies'), true);
  await page.uncheck('#timeline-copies');
  await eventually(() => assert.equal(query().get('copies'), null));
  await eventually(async () => assert.equal(await count(), once));
  assert.equal(await page.locator('#timeline-events .event.copy').count(), 0);
  page.assertClean();
});
