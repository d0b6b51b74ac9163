// Shared by import.test.mjs and hostile.test.mjs: the fixture files, the import page's parts,
// and a clean library to start each test from.

import assert from 'node:assert/strict';
import { deleteDatabase, eventually } from './harness.mjs';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** tests/browser/fixtures/import/: the committed input files. */
export const FIXTURES = fileURLToPath(new URL('./fixtures/import/', import.meta.url));
export const fixture = (name) => join(FIXTURES, name);

/** A fresh temporary folder for files a test writes. */
export const scratch = () => mkdtempSync(join(tmpdir(), 'baimo-import-'));

/** Runs the native `baimo` CLI (`BAIMO_CLI`) and returns its stdout. */
export function cli(args) {
  const bin = process.env.BAIMO_CLI;
  assert.ok(bin && existsSync(bin), `BAIMO_CLI=${bin} does not exist (run through cargo xtask test)`);
  return execFileSync(bin, args, { maxBuffer: 64 << 20, encoding: 'utf8' });
}

/**
 * `baimo export` with the articles of `files` imported by `baimo import` (the same core as the
 * browser's import): what the views must show once those files are imported in the browser.
 */
export function cliExportWith(...files) {
  const dir = scratch();
  const library = join(dir, 'library.json');
  writeFileSync(library, cli(['import', '--today', '2026-11-24', ...files]));
  return JSON.parse(cli(['export', '--library', library]));
}

/** Waits until the imported articles have been read from storage (or found unreadable). */
export async function libraryLoaded(page) {
  await page.waitForSelector('section.mine .mine-count, section.mine [role="alert"]', { timeout: 60_000 });
}

/** Opens /import on an empty library: the browser's database is deleted first. */
export async function openEmptyImport(browser) {
  const page = await browser.open('/import');
  await libraryLoaded(page);
  await deleteDatabase(page, 'baimo');
  await page.reload();
  await libraryLoaded(page);
  assert.equal(await page.getAttribute('.mine-count', 'data-count'), '0');
  return page;
}

/** The (newest) card of a file (`''` for pasted text). */
export const card = (page, file) => page.locator(`li.card[data-file="${file}"]`).last();

/** Chooses files with the file chooser and waits until each has its card read. */
export async function choose(page, ...paths) {
  await page.setInputFiles('#import-files', paths);
  for (const path of paths) {
    const name = typeof path === 'string' ? path.split('/').pop() : path.name;
    await card(page, name).locator('.card-actions').waitFor({ timeout: 60_000 });
  }
}

/** Clicks Import on a card and returns the imported article's id. */
export async function importCard(page, file) {
  const c = card(page, file);
  await c.locator('button.import').click();
  const done = c.locator('.done');
  await done.waitFor();
  return done.getAttribute('data-article');
}

/** Ids of the articles in "your articles", in order. */
export const myArticles = (page) =>
  page.$$eval('#my-articles li.mine-entry', (lis) => lis.map((li) => li.dataset.article));

/** The alert text on a card. */
export const cardAlert = (page, file) => card(page, file).locator('.card-error[role="alert"]').innerText();

/** Writes in a database of its own until the browser refuses for lack of room (the quota
 * override reaches IndexedDB once the browser refreshes its cached free space). */
export async function waitUntilStorageIsFull(page) {
  await eventually(async () => {
    const outcome = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const open = indexedDB.open('quota-probe', 1);
          open.onupgradeneeded = () => open.result.createObjectStore('s');
          open.onerror = () => resolve(open.error?.name);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction('s', 'readwrite');
            tx.objectStore('s').put('x'.repeat(4096), 1);
            tx.oncomplete = () => (db.close(), resolve('written'));
            tx.onabort = () => (db.close(), resolve(tx.error?.name));
          };
        }),
    );
    assert.equal(outcome, 'QuotaExceededError');
  }, 120_000);
}
