// The analysis runs in a Web Worker and keeps per-article results in IndexedDB
// (src/worker/): the page never builds the segmenter, a reload takes every article from the
// cache, a new analyser version analyses again, one article added is the one analysed, and a
// worker that cannot start is said on the page.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deleteDatabase, eventually, openBrowser, readPath, TRADITIONAL_ID, useBrowser, waitAnalysed, waitSegmented } from './harness.mjs';
import { choose, fixture, importCard, libraryLoaded } from './import-helpers.mjs';
import { newsArticles, openWithNews, waitReady } from './news-library.mjs';

const browser = useBrowser();

/** `<html data-analysed data-cached>`: what the last analysis cut, and took from the cache. */
async function counts(page) {
  return page.evaluate(() => ({
    analysed: Number(document.documentElement.dataset.analysed),
    cached: Number(document.documentElement.dataset.cached),
  }));
}

/** The page's own User Timing marks, by name. */
async function marks(page) {
  return page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name));
}

/** Deletes the analysis cache (not the library). */
async function dropCache(page) {
  await deleteDatabase(page, 'baimo-cache');
}

test('the worker analyses: the page fetches no dictionary and builds no segmenter', async () => {
  const page = await browser.open('/');
  await dropCache(page);
  await page.reload();
  await waitReady(page);
  const names = await marks(page);
  for (const mark of ['baimo:articles-cleaned', 'baimo:articles-analysed', 'baimo:corpus-analysed']) {
    assert.ok(names.includes(mark), `no ${mark} in ${names}`);
  }
  // The worker's marks are sent to the page; the page's own dictionary fetch would show as a
  // resource entry of the page's, made by `fetch` (the preload link's is a `link`).
  const fetched = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((r) => /jieba/.test(r.name) && r.initiatorType === 'fetch')
      .map((r) => r.name),
  );
  assert.deepEqual(fetched, [], 'the page fetched the dictionary itself');
  assert.deepEqual(await counts(page), { analysed: 5, cached: 0 });
  // The reader's words and a search both come from the worker.
  await page.goto(readPath(TRADITIONAL_ID));
  await waitSegmented(page);
  assert.ok((await page.locator('article .tok').count()) > 100);
  await page.goto('/search?q=亚马逊');
  await waitAnalysed(page);
  await page.waitForSelector('.search-total');
  assert.match(await page.locator('.search-total').innerText(), /\d/);
  page.assertClean();
});

test('a reload takes every article from the cache; a new analyser version analyses again', async () => {
  const page = await browser.open('/');
  await waitReady(page);
  await page.reload();
  await waitReady(page);
  assert.deepEqual(await counts(page), { analysed: 0, cached: 5 });
  // Test hooks: `?analyser=` keys the cache as another build would.
  await page.goto('/?analyser=another-build');
  await waitReady(page);
  assert.deepEqual(await counts(page), { analysed: 5, cached: 0 });
  await page.goto('/?analyser=another-build');
  await waitReady(page);
  assert.deepEqual(await counts(page), { analysed: 0, cached: 5 });
  // Back on this build's version: the other version's entries removed this one's.
  await page.goto('/');
  await waitReady(page);
  assert.deepEqual(await counts(page), { analysed: 5, cached: 0 });
  page.assertClean();
});

/** Replaces the first entry of the cache's `store` with `value` (`undefined`: deletes them all). */
async function damageCache(page, store, value) {
  await page.evaluate(
    ([name, value]) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('baimo-cache');
        open.onsuccess = () => {
          const tx = open.result.transaction(name, 'readwrite');
          const store = tx.objectStore(name);
          const keys = store.getAllKeys();
          keys.onsuccess = () => (value === undefined ? store.clear() : store.put(value, keys.result[0]));
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    [store, value],
  );
}

/** Waits until the page has kept its build as the snapshot for the next visit. */
async function snapshotKept(page) {
  await eventually(async () => {
    const kept = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const open = indexedDB.open('baimo-cache');
          open.onsuccess = () => {
            const get = open.result.transaction('explorer').objectStore('explorer').count();
            get.onsuccess = () => {
              open.result.close();
              resolve(get.result === 1);
            };
          };
          open.onerror = () => resolve(false);
        }),
    );
    assert.ok(kept, 'no snapshot kept');
  }, 10_000);
}

test('a reload reads the last build back: nothing cleaned or analysed, search still works', async () => {
  const page = await browser.open('/');
  await dropCache(page);
  await page.reload();
  await waitReady(page);
  await snapshotKept(page);
  await page.reload();
  await waitReady(page);
  const names = await marks(page);
  assert.ok(names.includes('baimo:snapshot-read'), `no snapshot read: ${names}`);
  assert.ok(!names.includes('baimo:articles-cleaned'), `cleaned again: ${names}`);
  assert.deepEqual(await counts(page), { analysed: 0, cached: 5 });
  // The worker indexes the snapshot's corpus for search after the views are ready.
  await page.goto('/search?q=亚马逊');
  await page.locator('li.kwic-line').first().waitFor({ timeout: 30_000 });
  page.assertClean();
});

test('a damaged snapshot is built again from the per-article cache, never lost', async () => {
  const page = await browser.open('/');
  await waitReady(page);
  await snapshotKept(page);
  await damageCache(page, 'explorer', { key: 'x', articles: [new Uint8Array([1, 2, 3])], analysis: [] });
  await page.reload();
  await waitReady(page);
  assert.ok(!(await marks(page)).includes('baimo:snapshot-read'));
  assert.deepEqual(await counts(page), { analysed: 0, cached: 5 });
  // Its key right but its pieces damaged: the same.
  const key = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const open = indexedDB.open('baimo-cache');
        open.onsuccess = () => {
          const get = open.result.transaction('explorer').objectStore('explorer').get('last');
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result?.key);
          };
        };
      }),
  );
  await snapshotKept(page);
  await damageCache(page, 'explorer', { key, articles: [new Uint8Array([1, 2, 3])], analysis: [] });
  await page.reload();
  await waitReady(page);
  assert.ok(!(await marks(page)).includes('baimo:snapshot-read'));
  assert.deepEqual(await counts(page), { analysed: 0, cached: 5 });
  page.assertClean();
});

test('a damaged cache entry is analysed again, never lost', async () => {
  const page = await browser.open('/');
  await waitReady(page);
  await page.reload();
  await waitReady(page);
  // Without the snapshot of the last build, which would spare the per-article step.
  await damageCache(page, 'explorer', undefined);
  await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('baimo-cache');
        open.onsuccess = () => {
          const tx = open.result.transaction('articles', 'readwrite');
          const store = tx.objectStore('articles');
          const keys = store.getAllKeys();
          keys.onsuccess = () => store.put(new Uint8Array([1, 2, 3]), keys.result[0]);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
  await page.reload();
  await waitReady(page);
  assert.deepEqual(await counts(page), { analysed: 1, cached: 4 });
  page.assertClean();
});

test('real articles: a reload analyses none, one article added analyses one', async () => {
  const n = 150;
  const page = await openWithNews(browser, n, '/');
  const all = (await counts(page)).analysed + (await counts(page)).cached;
  assert.equal(all, newsArticles(n).length + 5);
  await page.reload();
  await waitReady(page);
  assert.deepEqual(await counts(page), { analysed: 0, cached: all });
  // One more article, chosen on the import page; then a fresh visit.
  await page.goto('/import');
  await libraryLoaded(page);
  await choose(page, fixture('notes.md'));
  await importCard(page, 'notes.md');
  await page.goto('/');
  await waitReady(page);
  assert.deepEqual(await counts(page), { analysed: 1, cached: all });
  page.assertClean();
});

test('a worker that cannot start is said on the page, in both languages', async () => {
  // A browser of its own: no service worker yet to answer for the network.
  const own = await openBrowser();
  try {
    await own.context.route('**/analysis-worker.js', (route) =>
      route.fulfill({ status: 200, contentType: 'text/javascript', body: 'throw new Error("broken on purpose");' }),
    );
    const page = await own.open('/timeline');
    const alert = page.locator('main [role="alert"]');
    await alert.waitFor({ timeout: 30_000 });
    assert.match(await alert.innerText(), /后台分析程序已停止/);
    assert.equal(await page.locator('html[data-ready]').count(), 0);
    await page.click('#lang-switch');
    await eventually(async () => assert.match(await alert.innerText(), /background analysis stopped/));
    // The page stays usable: its heading and header are there, and no crash panel.
    assert.ok(await page.locator('main h1').count());
    assert.equal(await page.locator('.crash-panel').count(), 0);
  } finally {
    await own.close();
  }
});

test('a panic in the worker is said on the page, and the page keeps working', async () => {
  const page = await browser.open('/compare?analyser=panic');
  const alert = page.locator('main [role="alert"]');
  await alert.waitFor({ timeout: 30_000 });
  assert.match(await alert.innerText(), /后台分析程序已停止.*panicked on purpose/s);
  assert.equal(await page.locator('.crash-panel').count(), 0);
  // The header's links still work.
  await page.click('#lang-switch');
  await eventually(async () => assert.match(await alert.innerText(), /background analysis stopped/));
  await page.close();
});
