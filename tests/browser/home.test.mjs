// The home page lists every article of the corpus, with its facts, and its links work.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ARTICLE_IDS, MANIFEST, address, articleParagraphs, readPath, useBrowser } from './harness.mjs';

const browser = useBrowser();

/** Visible text of the list entry holding the link to `id` (its list item, row or card). */
function entryText(page, id) {
  return page.$eval(`main a[href$="${readPath(id)}"]`, (a) => {
    const entry = a.closest('li, tr, article, section, [role="listitem"]') ?? a.parentElement;
    return entry.innerText.replace(/\s+/g, ' ');
  });
}

test('home lists every article in corpus/raw with title, publisher and date', async () => {
  const page = await browser.open('/');
  await page.waitForSelector('main a[href*="/read/"]');
  assert.ok((await page.getAttribute('html', 'lang'))?.trim(), '<html lang> is not set');
  for (const id of ARTICLE_IDS) {
    assert.equal(await page.locator(`main a[href$="${readPath(id)}"]`).count() > 0, true, `no link to ${id}`);
    const text = await entryText(page, id);
    const meta = MANIFEST.get(id);
    assert.ok(meta, `${id} is not in corpus/manifest.toml`);
    assert.ok(text.includes(meta.title), `entry for ${id} lacks its title ${meta.title}: "${text}"`);
    assert.ok(text.includes(meta.publisher), `entry for ${id} lacks its publisher ${meta.publisher}: "${text}"`);
    assert.ok(text.includes(meta.date.slice(0, 4)), `entry for ${id} lacks its date ${meta.date}: "${text}"`);
  }
  const linked = await page.$$eval('main a[href*="/read/"]', (as) =>
    [...new Set(as.map((a) => decodeURIComponent(a.getAttribute('href').split('/read/')[1])))].sort(),
  );
  assert.deepEqual(linked, ARTICLE_IDS.map(address), 'home links to articles that are not in corpus/raw');
  page.assertClean();
});

test('a link on the home page opens its article', async () => {
  const page = await browser.open('/');
  const id = ARTICLE_IDS.at(-1);
  await page.click(`main a[href$="${readPath(id)}"]`);
  await page.waitForURL(`**${readPath(id)}`);
  const paragraphs = await articleParagraphs(page);
  assert.ok(paragraphs.length >= 5, `only ${paragraphs.length} paragraphs after following the link`);
  page.assertClean();
});
