// The reader curates the company registry on /companies: a rename shows in compare, an alias
// that occurs in a bundled article adds its mentions, a hidden company leaves the compare
// picker, the edits survive a reload and travel in the library file, and a bad edit is said
// in both languages without losing what was typed.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  assertAccessible,
  deleteDatabase,
  downloadFrom,
  eventually,
  horizontalOverflow,
  screenshots,
  SEGMENT_TIMEOUT,
  useBrowser,
  waitAnalysed,
} from './harness.mjs';
import { libraryLoaded } from './import-helpers.mjs';

const browser = useBrowser();

/** Deletes the browser's library database (articles and curation), then opens /companies. */
async function openClean() {
  const page = await browser.open('/companies');
  await page.waitForSelector('#companies-filter');
  await deleteDatabase(page, 'baimo');
  await page.reload();
  await ready(page);
  return page;
}

/** Waits until the page has read the reader's edits. */
async function ready(page) {
  await page.waitForSelector('#companies-filter');
  await page.waitForFunction(() => !document.querySelector('main .loading'), null, { timeout: 60_000 });
}

/** The mentions shown for a company, once the analysis has counted them. */
async function mentions(page, id) {
  const cell = page.locator(`[data-company-row="${id}"] .company-mentions`);
  await page.locator(`[data-company-row="${id}"] .company-mentions`, { hasText: /\d/ }).waitFor({ timeout: SEGMENT_TIMEOUT });
  return Number((await cell.innerText()).replace(/[^\d]/g, ''));
}

/** Opens the editor of company `id` (found through the name filter). */
async function openEditor(page, id) {
  await page.fill('#companies-filter', id);
  await page.click(`[data-company-row="${id}"] .edit-company`);
  await page.waitForSelector('#company-editor');
}

/** Waits for the status line that says an edit was kept. */
async function saved(page) {
  await page.locator('#curation-message[role="status"]').waitFor();
}

test('a renamed company goes by its new name in compare', async () => {
  const page = await openClean();
  await openEditor(page, 'openai');
  await page.fill('#rename-hans', '开放人工智能');
  await page.click('#rename-form button[type="submit"]');
  await saved(page);
  assert.match(await page.locator('#curation-message').innerText(), /开放人工智能/);
  assert.equal(await page.locator('#curation-edits li').count(), 1);
  await page.goto('/compare?c=openai,amazon');
  await page.waitForSelector('main .picker', { timeout: SEGMENT_TIMEOUT });
  await waitAnalysed(page);
  await page.locator('[data-company-column="openai"] h2', { hasText: '开放人工智能' }).waitFor();
  page.assertClean();
  await page.close();
});

test('an alias found in a bundled article adds its mentions', async () => {
  const page = await openClean();
  const before = await mentions(page, 'amazon');
  await openEditor(page, 'amazon');
  // Amazon's Titan models: named twice in the bundled articles, not registered.
  await page.fill('#alias-name', 'Titan');
  await page.click('#alias-form button[type="submit"]');
  await saved(page);
  assert.equal(await page.inputValue('#alias-name'), '');
  await eventually(async () => assert.ok((await mentions(page, 'amazon')) > before), SEGMENT_TIMEOUT);
  page.assertClean();
  await page.close();
});

test('a hidden company leaves the compare picker, and comes back with undo', async () => {
  const page = await openClean();
  await page.goto('/compare');
  await page.waitForSelector('main .picker', { timeout: SEGMENT_TIMEOUT });
  assert.equal(await page.locator('#compare-add option[value="apple"]').count(), 1);
  await page.goto('/companies');
  await ready(page);
  await openEditor(page, 'apple');
  await page.click('#hide-company');
  await saved(page);
  assert.equal(await page.locator('#company-editor').count(), 0, 'the editor of a hidden company closes');
  // Curated results are analysed afresh, not served from the uncurated cache.
  const counts = () =>
    page.evaluate(() => [document.documentElement.dataset.analysed, document.documentElement.dataset.cached]);
  await eventually(async () => assert.deepEqual(await counts(), ['5', '0']), SEGMENT_TIMEOUT);
  await page.fill('#companies-filter', 'apple');
  assert.equal(await page.locator('[data-company-row="apple"]').count(), 0);
  await page.goto('/compare');
  await page.waitForSelector('main .picker', { timeout: SEGMENT_TIMEOUT });
  await waitAnalysed(page);
  assert.equal(await page.locator('#compare-add option[value="apple"]').count(), 0);
  await page.goto('/companies');
  await ready(page);
  await page.click('#curation-edits li button.undo');
  await page.locator('#curation-message', { hasText: '已撤销' }).waitFor();
  await page.fill('#companies-filter', 'apple');
  await page.locator('[data-company-row="apple"]').waitFor();
  // Without the edit, the uncurated results are still in the cache.
  await page.locator('[data-company-row="apple"] .company-mentions', { hasText: /\d/ }).waitFor({ timeout: SEGMENT_TIMEOUT });
  assert.deepEqual(await counts(), ['0', '5']);
  page.assertClean();
  await page.close();
});

test('the edits survive a reload and travel in the library file', async () => {
  const page = await openClean();
  await page.fill('#add-hans', '百模测试科技');
  await page.fill('#add-en', 'Baimo Test Tech');
  await page.click('#add-form button[type="submit"]');
  await saved(page);
  await openEditor(page, 'meta');
  await page.click('#hide-company');
  await saved(page);
  await page.reload();
  await ready(page);
  assert.equal(await page.locator('#curation-edits li').count(), 2);
  await page.fill('#companies-filter', 'baimo');
  await page.locator('[data-company-row="baimo-test-tech"][data-origin="reader"]').waitFor();

  // The edits alone, as `baimo --registry` reads them.
  const alone = JSON.parse((await downloadFrom(page, '#download-curation')).text);
  assert.deepEqual([alone.schema, alone.version, alone.edits.length], ['baimo-curation', 1, 2]);

  await page.goto('/import');
  await libraryLoaded(page);
  const exported = await downloadFrom(page, '#export-library');
  const file = JSON.parse(exported.text);
  assert.equal(file.version, 2);
  assert.deepEqual(
    file.curation.edits.map((e) => e.edit),
    ['add', 'hide'],
  );

  // A fresh library takes the file back in, edits and all.
  await deleteDatabase(page, 'baimo');
  await page.reload();
  await libraryLoaded(page);
  await page.setInputFiles('#import-library', {
    name: exported.name,
    mimeType: 'application/json',
    buffer: Buffer.from(exported.text),
  });
  await page.locator('#library-notice').waitFor();
  await page.goto('/companies');
  await ready(page);
  assert.equal(await page.locator('#curation-edits li').count(), 2);
  await page.fill('#companies-filter', 'meta');
  assert.equal(await page.locator('[data-company-row="meta"]').count(), 0);
  page.assertClean();
  await page.close();
});

test('a bad edit is said in both languages and loses nothing', async () => {
  const page = await openClean();
  await openEditor(page, 'openai');
  // 谷歌 is Google's name.
  await page.fill('#alias-name', '谷歌');
  await page.click('#alias-form button[type="submit"]');
  const alert = page.locator('#curation-message[role="alert"]');
  await alert.waitFor();
  assert.match(await alert.innerText(), /“谷歌”已是谷歌（google）的名称/);
  assert.equal(await page.inputValue('#alias-name'), '谷歌', 'what was typed stays');
  assert.equal(await page.locator('#curation-edits li').count(), 0);
  await page.click('#lang-switch');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.match(await alert.innerText(), /“谷歌” already names 谷歌 \(google\)/);
  // A merge with no company chosen, and an empty alias.
  await page.click('#merge-form button[type="submit"]');
  await page.locator('#curation-message[role="alert"]', { hasText: 'cannot be merged into itself' }).waitFor();
  await page.fill('#alias-name', '   ');
  await page.click('#alias-form button[type="submit"]');
  await page.locator('#curation-message[role="alert"]', { hasText: 'A name cannot be empty.' }).waitFor();
  await page.click('#lang-switch');
  await page.waitForFunction(() => document.documentElement.lang === 'zh-Hans');

  // How the page looks with an editor open, an alert, and one edit made.
  await page.fill('#add-hans', '百模万象');
  await page.fill('#add-aliases', '张百模, BM.AI');
  await page.click('#add-form button[type="submit"]');
  await saved(page);
  await page.fill('#companies-filter', '');
  await page.fill('#alias-name', '谷歌');
  await page.click('#alias-form button[type="submit"]');
  await page.locator('#curation-message[role="alert"]').waitFor();
  await page.emulateMedia({ colorScheme: 'light' });
  await assertAccessible(page);
  assert.equal(await horizontalOverflow(page), 0);
  await screenshots(page, 'companies');
  await page.emulateMedia({ colorScheme: 'dark' });
  await assertAccessible(page);
  await screenshots(page, 'companies-dark');
  page.assertClean();
  await page.close();
});
