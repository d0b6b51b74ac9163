// Links into the reader: an evidence span (`?s=a-b#pN`) is highlighted and scrolled to, a
// paragraph link (`#pN`) marks the paragraph, and the raw scrape can be shown beside the
// clean text, from a toggle or a link (`?raw=1`).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  articleParagraphs,
  assertAccessible,
  cliExport,
  horizontalOverflow,
  readPath,
  screenshots,
  useBrowser,
  waitSegmented,
} from './harness.mjs';

const browser = useBrowser();

/** Amazon's up-to-$4bn investment in Anthropic, as article 002 tells it. */
function amazonEvent() {
  const { events } = cliExport();
  const event = events.find(
    (e) => e.article.startsWith('002') && e.money.some((m) => m.payer === 'amazon' && m.payee === 'anthropic'),
  );
  assert.ok(event, 'the CLI export has no amazon → anthropic event in 002');
  return event;
}

test('an evidence link highlights exactly its sentence and scrolls to it, before and after segmentation', async () => {
  const event = amazonEvent();
  const path = `${readPath(event.article)}?s=${event.span[0]}-${event.span[1]}#p${event.paragraph}`;
  const page = await browser.open(path);
  await articleParagraphs(page);
  const mark = page.locator('mark.evidence');
  await mark.waitFor();
  const squash = (s) => s.replace(/\s+/g, '');
  assert.equal(squash(await mark.innerText()), squash(event.text), 'highlight before segmentation');
  await waitSegmented(page);
  assert.equal(squash(await mark.innerText()), squash(event.text), 'highlight after segmentation');
  assert.equal(await page.locator('mark.evidence').count(), 1);
  const paragraphId = await mark.evaluate((m) => m.closest('p').id);
  assert.equal(paragraphId, `p${event.paragraph}`);
  assert.ok(await mark.isVisible());
  const inView = await mark.evaluate((m) => {
    const r = m.getBoundingClientRect();
    return r.top < innerHeight && r.bottom > 0;
  });
  assert.ok(inView, 'the highlighted sentence is not scrolled into view');
  await assertAccessible(page);
  await mark.scrollIntoViewIfNeeded();
  await screenshots(page, 'reader-evidence', { fullPage: false });
  page.assertClean();
});

test('a paragraph link marks the whole paragraph; a bad one just opens the article', async () => {
  const { articles } = cliExport();
  const article = articles[1];
  const page = await browser.open(`${readPath(article.id)}#p3`);
  const paragraphs = await articleParagraphs(page);
  const mark = page.locator('#p3 mark.evidence');
  await mark.waitFor();
  assert.equal((await mark.innerText()).trim(), paragraphs[3]);
  await page.goto(`${readPath(article.id)}?s=999999-1000000#p999`);
  await articleParagraphs(page);
  assert.equal(await page.locator('mark.evidence').count(), 0);
  page.assertClean();
});

test('the raw scrape shows beside the clean text, from the toggle and from a link', async () => {
  const { articles } = cliExport();
  const article = articles[0];
  const page = await browser.open(readPath(article.id));
  await articleParagraphs(page);
  assert.equal(await page.locator('.raw-scrape').count(), 0);
  await page.click('#toggle-raw');
  await page.waitForSelector('.raw-scrape pre');
  assert.match(page.url(), /[?&]raw=1/);
  assert.equal(await page.getAttribute('#toggle-raw', 'aria-pressed'), 'true');
  const raw = await page.locator('.raw-scrape pre').innerText();
  // The raw scrape still has its dirt (pinyin glued to characters); the clean text does not.
  assert.match(raw, /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+\)/u, 'no pinyin in the raw scrape of 000');
  const clean = (await articleParagraphs(page)).join('\n');
  assert.doesNotMatch(clean, /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+\)/u);
  assert.ok(raw.length > clean.length);
  assert.equal(await horizontalOverflow(page), 0, 'raw + clean overflow at 360 px');
  await assertAccessible(page);
  await screenshots(page, 'reader-raw', { fullPage: false });
  await page.goBack();
  await page.waitForFunction(() => !document.querySelector('.raw-scrape'));
  assert.equal(await page.getAttribute('#toggle-raw', 'aria-pressed'), 'false');
  await page.goto(`${readPath(article.id)}?raw=1`);
  await page.waitForSelector('.raw-scrape pre');
  page.assertClean();
});
