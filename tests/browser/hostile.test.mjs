// Hostile and broken input: every row of the README's table is a real file given to the real
// file chooser. Each gets a clear message naming it (and the limit, where there is one), and
// the articles imported before it are still there, also after a reload. Scripts in imported
// pages never run: imported text is never HTML. Storage full or missing loses nothing.

import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ORIGIN, articleParagraphs, eventually, readPath, useBrowser, waitAnalysed } from './harness.mjs';
import {
  card,
  cardAlert,
  choose,
  cli,
  fixture,
  importCard,
  libraryLoaded,
  myArticles,
  openEmptyImport,
  scratch,
  waitUntilStorageIsFull,
} from './import-helpers.mjs';

const browser = useBrowser();

const MB = 1024 * 1024;

/**
 * Files too big to commit, written at run time, the same bytes every run: a 20 MB text file
 * (over the 10 MB limit) and a single 5 MB line with no line break (under the byte limit, over
 * the 200,000-character one).
 */
function bigFiles() {
  const dir = scratch();
  const line = '人工智能大模型竞赛进入下半场，各家公司纷纷加大投入。\n';
  const big = join(dir, 'big-20mb.txt');
  writeFileSync(big, Buffer.from(line.repeat(Math.ceil((20 * MB) / Buffer.byteLength(line)))).subarray(0, 20 * MB));
  const oneLine = join(dir, 'one-line-5mb.txt');
  // 15 bytes a run (3 a character), padded with ASCII to exactly 5 MB: 1,747,630 characters.
  const runs = Math.floor((5 * MB) / 15);
  writeFileSync(oneLine, '大模型竞赛'.repeat(runs) + 'ABCDE'.slice(0, 5 * MB - runs * 15));
  return { big, oneLine };
}

test('the hostile table: each file gets its message, and the articles imported before it stay (also after a reload)', async () => {
  const page = await openEmptyImport(browser);
  await choose(page, fixture('utf16le.txt'));
  const kept = [await importCard(page, 'utf16le.txt')];
  const { big, oneLine } = bigFiles();

  // Refused, with a message that names the file and says what to do.
  const refused = [
    [fixture('empty.txt'), '「empty.txt」是空的，没有可导入的文字。请选择含有文章正文的文件。'],
    [fixture('binary.txt'), '「binary.txt」不是文本文件（可能是图片、压缩包、Word 或 PDF 文件）。请把文章另存为 .txt、.md 或 .html 后再导入。'],
    [big, '「big-20mb.txt」有 20.0 MB，超过每个文件 10 MB 的上限，没有读取。请只保存文章本身（例如另存为纯文本）再导入。'],
    [oneLine, '「one-line-5mb.txt」的正文有 1,747,630 个字符，超过每篇 200,000 个字符的上限。请把文章分成几部分，分别导入。'],
  ];
  for (const [path, message] of refused) {
    await choose(page, path);
    const name = path.split('/').pop();
    assert.equal(await cardAlert(page, name), message);
    assert.equal(await card(page, name).locator('button.import').count(), 0, `${name} cannot be imported`);
    assert.deepEqual(await myArticles(page), kept, `after ${name}`);
  }

  // Read, damaged or in a legacy encoding: imported, each beside the earlier ones.
  for (const name of ['broken-utf8.txt', 'gbk.txt', 'big5.txt', 'utf16be.txt', 'xss.html']) {
    await choose(page, fixture(name));
    kept.push(await importCard(page, name));
    assert.deepEqual(await myArticles(page), kept, `after ${name}`);
  }

  // Library files that cannot be read: refused whole, nothing changes.
  const libraries = [
    ['library-malformed.json', /^「library-malformed\.json」不是完整的 JSON 文件（第 6 行出错），可能已损坏或被截断。你的文章没有任何改动。请重新导出资料库再试。$/],
    ['library-future.json', /^「library-future\.json」来自更新版本的百模（资料库版本 3，这个版本最多能读版本 2）。你的文章没有任何改动。/],
  ];
  for (const [name, message] of libraries) {
    await page.setInputFiles('#import-library', fixture(name));
    await page.locator('#library-notice[role="alert"]', { hasText: name }).waitFor();
    assert.match(await page.locator('#library-notice').innerText(), message);
    assert.deepEqual(await myArticles(page), kept, `after ${name}`);
  }

  await page.reload();
  await libraryLoaded(page);
  assert.deepEqual(await myArticles(page), kept, 'after a reload');
  // The damaged bytes are counted and shown as U+FFFD.
  await page.goto(readPath(kept[1]));
  assert.ok((await articleParagraphs(page)).some((p) => p.includes('这家公司的大模型团队来自�华大学')));
  page.assertClean();
  await page.close();
});

/** Throws if any payload ran, or if anything that could run made it into the page. */
async function assertNothingRan(page) {
  const state = await page.evaluate(() => ({
    flag: window.__xss,
    csp: window.__csp ?? [],
    elements: [...document.querySelectorAll('body img, body iframe, body script, body object, body embed, body svg[onload]')].map((el) => el.outerHTML.slice(0, 80)),
    handlers: [...document.querySelectorAll('body *')].flatMap((el) =>
      [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName} ${a.name}`),
    ),
    javascriptLinks: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')).filter((h) => /^\s*javascript:/i.test(h)),
  }));
  assert.deepEqual(state, { flag: undefined, csp: [], elements: [], handlers: [], javascriptLinks: [] }, page.url());
}

test('scripts in an imported page, its name or pasted text never run: they show as text', async () => {
  const page = await openEmptyImport(browser);
  // Nothing may be stopped by a Content-Security-Policy either: it must never be HTML at all.
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective));
  });
  await page.reload();
  await libraryLoaded(page);

  await choose(page, fixture('xss.html'));
  const preview = await card(page, 'xss.html').locator('.preview-text').innerText();
  assert.match(preview, /只应显示为文字/);
  const id = await importCard(page, 'xss.html');

  // A file whose name is markup, and pasted markup.
  const evilName = '<img src=x onerror="window.__xss=1">.txt';
  await page.setInputFiles('#import-files', {
    name: evilName,
    mimeType: 'text/plain',
    buffer: Buffer.from('2023年9月25日，亚马逊宣布向Anthropic投资。这是一个名字带标记的文件。'),
  });
  const named = page.locator('li.card').filter({ hasText: '这是一个名字带标记的文件' });
  await named.locator('.card-actions').waitFor();
  assert.equal(await named.locator('.card-name').innerText(), evilName);
  await page.fill('#paste-text', '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>亚马逊在粘贴的文字里宣布新的投资计划。');
  await page.click('#paste-read');
  await card(page, '').locator('.card-actions').waitFor();
  const pastedId = await importCard(page, '');
  await assertNothingRan(page);

  // The reader: the page's words as text; the raw view shows the escaped markup as text.
  await page.goto(readPath(id));
  const paragraphs = await articleParagraphs(page);
  assert.ok(paragraphs.some((p) => p.includes('一个链接：点我试试，只应显示为文字。')), paragraphs.join(' / '));
  assert.equal(await page.locator('main h1').innerText(), '恶意网页测试：脚本不应运行');
  await page.click('#toggle-raw');
  const raw = await page.locator('.raw-scrape pre').innerText();
  assert.ok(raw.includes('<img src=x onerror="window.__xss = 1">'), raw);
  assert.ok(raw.includes('<script>window.__xss = 1</script>'), raw);
  await assertNothingRan(page);
  await page.goto(`${readPath(pastedId)}?raw=1`);
  await page.waitForSelector('.raw-scrape pre');
  assert.match(await page.locator('.raw-scrape pre').innerText(), /^<img src=x onerror="window.__xss=1"><script>window.__xss=1<\/script>亚马逊/);
  await assertNothingRan(page);

  // Every view that shows imported text.
  for (const path of ['/', '/corpus', '/timeline', `/search?q=${encodeURIComponent('亚马逊')}`, '/import']) {
    await page.goto(path);
    await waitAnalysed(page);
    await assertNothingRan(page);
  }
  page.assertClean();
  await page.close();
});

test('storage full: the message, nothing lost, and the import works once there is room', async () => {
  const page = await openEmptyImport(browser);
  await choose(page, fixture('utf16le.txt'), fixture('big5.txt'));
  const kept = [await importCard(page, 'utf16le.txt')];

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: ORIGIN, quotaSize: 1 });
  try {
    await waitUntilStorageIsFull(page);
    await choose(page, fixture('gbk.txt'));
    await card(page, 'gbk.txt').locator('button.import').click();
    const message =
      '「gbk.txt」没有保存：浏览器给这个网站的存储空间已满。你已有的文章都还在，这份内容也还在页面上。删除一些文章，或先导出资料库，再重试。';
    await eventually(async () => assert.equal(await cardAlert(page, 'gbk.txt'), message));
    // The draft is still there to retry, and the library is as it was.
    assert.equal(await card(page, 'gbk.txt').locator('button.import').isEnabled(), true);
    assert.deepEqual(await myArticles(page), kept);
    // A library file cannot be merged either: said so, nothing changes.
    await page.setInputFiles('#import-library', {
      name: 'library.json',
      mimeType: 'application/json',
      buffer: Buffer.from(cli(['import', '--today', '2026-11-24', fixture('notes.md')])),
    });
    await page.locator('#library-notice[role="alert"]', { hasText: '「library.json」没有保存：浏览器给这个网站的存储空间已满' }).waitFor();
    assert.deepEqual(await myArticles(page), kept);
    // Renaming and removing fail the same way and change nothing.
    const entry = page.locator(`li.mine-entry[data-article="${kept[0]}"]`);
    await entry.locator('button.rename').click();
    await entry.locator('.rename-input').fill('新标题');
    await entry.locator('button.save').click();
    await entry.locator('[role="alert"]', { hasText: '浏览器给这个网站的存储空间已满' }).waitFor();
    await entry.locator('button.cancel').click();
  } finally {
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: ORIGIN });
  }
  await page.reload();
  await libraryLoaded(page);
  assert.deepEqual(await myArticles(page), kept, 'after a reload');
  assert.equal(await page.locator(`li.mine-entry[data-article="${kept[0]}"] a.article-title`).innerText(), '华为发布盘古大模型');

  // With room again, the same file imports.
  await choose(page, fixture('gbk.txt'));
  kept.push(await importCard(page, 'gbk.txt'));
  assert.deepEqual(await myArticles(page), kept);
  page.assertClean();
  await page.close();
});

test('no IndexedDB (a private window): the message, the bundled articles, nothing lost', async () => {
  const page = await browser.open();
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      configurable: true,
      get() {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      },
    });
  });
  await page.goto('/import');
  const unavailable = page.locator('section.mine [role="alert"]');
  await unavailable.waitFor();
  assert.match(
    await unavailable.innerText(),
    /^无法读取你保存的文章：这个浏览器不允许网站保存数据（例如在隐私或无痕窗口中，或设置禁止了网站数据）。/,
  );
  await choose(page, fixture('gbk.txt'));
  await card(page, 'gbk.txt').locator('button.import').click();
  await eventually(async () =>
    assert.match(await cardAlert(page, 'gbk.txt'), /^「gbk\.txt」没有保存：这个浏览器不允许网站保存数据.*请在普通窗口中打开百模再导入/),
  );
  assert.equal(await card(page, 'gbk.txt').locator('button.import').isEnabled(), true);
  assert.deepEqual(await myArticles(page), []);
  // The bundled articles do not depend on it.
  await page.goto('/');
  await page.waitForSelector('li.article-entry');
  assert.equal(await page.locator('li.article-entry').count(), 5);
  await page.goto('/timeline');
  await waitAnalysed(page);
  await page.waitForSelector('#timeline-events li.event');
  page.assertClean();
  await page.close();
});

test('damaged records in storage are reported and left as they are; the others load', async () => {
  const page = await openEmptyImport(browser);
  await choose(page, fixture('utf16le.txt'));
  const kept = [await importCard(page, 'utf16le.txt')];
  const records = (write) =>
    page.evaluate(
      (write) =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('baimo');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction('articles', write ? 'readwrite' : 'readonly');
            const store = tx.objectStore('articles');
            if (write) {
              store.put('{"seq": 9, "article": {"meta": "not an article"}}', 'mine-00000000bad1');
              store.put(42, 'mine-00000000bad2');
            }
            const count = store.count();
            tx.oncomplete = () => (db.close(), resolve(count.result));
            tx.onabort = () => (db.close(), reject(tx.error));
          };
        }),
      write,
    );
  assert.equal(await records(true), 3);
  await page.reload();
  await libraryLoaded(page);
  assert.deepEqual(await myArticles(page), kept);
  assert.equal(
    await page.locator('section.mine [role="alert"]').innerText(),
    '有 2 篇已保存的文章无法读取，已原样保留在浏览器中。',
  );
  // Importing more still works, and the damaged records are still there, untouched.
  await choose(page, fixture('big5.txt'));
  kept.push(await importCard(page, 'big5.txt'));
  assert.deepEqual(await myArticles(page), kept);
  assert.equal(await records(false), 4);
  page.assertClean();
  await page.close();
});
