// Importing your own articles: each file read onto a card (encoding detected and how, the
// format, damaged bytes, a preview, the facts guessed), the encoding overridden, articles kept
// in the browser across reloads and shown in every view — home, reader, corpus, timeline (with
// a conflict against the bundled corpus), comparison and search — with the same numbers as the
// native CLI given the same file; renamed, removed (and undone), exported and imported again.

import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  NOT_FOUND,
  SCREENSHOT_DIR,
  articleParagraphs,
  assertAccessible,
  cliExport,
  downloadFrom,
  eventually,
  horizontalOverflow,
  readPath,
  screenshots,
  useBrowser,
  waitAnalysed,
} from './harness.mjs';
import {
  card,
  cardAlert,
  choose,
  cliExportWith,
  fixture,
  importCard,
  libraryLoaded,
  myArticles,
  openEmptyImport,
} from './import-helpers.mjs';

const browser = useBrowser();

/** What a card says about how its file was read. */
async function readFacts(page, file) {
  const c = card(page, file);
  return {
    encoding: await c.locator('.encoding-fact').getAttribute('data-encoding'),
    how: (await c.locator('.detection').innerText()).trim(),
    format: await c.locator('.format').getAttribute('data-format'),
    replaced: Number(await c.locator('.replaced').getAttribute('data-count')),
  };
}

const preview = (page, file) => card(page, file).locator('.preview-text').innerText();
const field = (page, file, name) => card(page, file).locator(`input[name="${name}"]`);

const GUESSED = '按字节推测；预览如有乱码，请改选';
const BOM = '由字节顺序标记（BOM）确定';
const UTF8 = '有效的 UTF-8';

test('each file becomes a card: encoding and how it was found, format, damaged bytes, preview, guessed facts', async () => {
  const page = await openEmptyImport(browser);
  const files = ['gbk.txt', 'big5.txt', 'utf16le.txt', 'utf16be.txt', 'broken-utf8.txt', 'notes.md', 'xss.html'];
  await choose(page, ...files.map(fixture));
  assert.deepEqual(await readFacts(page, 'gbk.txt'), { encoding: 'gb18030', how: GUESSED, format: 'text', replaced: 0 });
  assert.deepEqual(await readFacts(page, 'big5.txt'), { encoding: 'big5', how: GUESSED, format: 'text', replaced: 0 });
  assert.deepEqual(await readFacts(page, 'utf16le.txt'), { encoding: 'utf-16le', how: BOM, format: 'text', replaced: 0 });
  assert.deepEqual(await readFacts(page, 'utf16be.txt'), { encoding: 'utf-16be', how: BOM, format: 'text', replaced: 0 });
  assert.deepEqual(await readFacts(page, 'broken-utf8.txt'), { encoding: 'utf-8', how: UTF8, format: 'text', replaced: 2 });
  assert.deepEqual(await readFacts(page, 'notes.md'), { encoding: 'utf-8', how: UTF8, format: 'markdown', replaced: 0 });
  assert.equal((await readFacts(page, 'xss.html')).format, 'html');
  assert.match(await card(page, 'broken-utf8.txt').locator('.replaced').innerText(), /2 处，显示为 �/);

  // The preview is the cleaned text: the headline and the source line are not in it.
  const gbk = await preview(page, 'gbk.txt');
  assert.match(gbk, /^2023年9月25日，亚马逊向Anthropic投资50亿美元/);
  assert.match(await preview(page, 'big5.txt'), /李彥宏表示這是國內第一個對標ChatGPT的產品/);
  assert.match(await preview(page, 'notes.md'), /月之暗面发布智能助手 Kimi/);

  // Facts found in the text, and the guesses marked.
  assert.equal(await field(page, 'gbk.txt', 'title').inputValue(), '亚马逊追加投资Anthropic');
  assert.equal(await field(page, 'gbk.txt', 'publisher').inputValue(), '百模测试周刊');
  assert.equal(await field(page, 'gbk.txt', 'date').inputValue(), '2023-10-08');
  assert.equal(await card(page, 'gbk.txt').locator('.guessed').count(), 0);
  assert.equal(await field(page, 'xss.html', 'publisher').inputValue(), '');
  assert.equal(await card(page, 'xss.html').locator('label:has(+ input[name="publisher"]) .guessed').count(), 1);

  // A fact the person gets wrong is refused with what to write, and nothing is imported.
  await field(page, 'notes.md', 'date').fill('10月9日');
  await card(page, 'notes.md').locator('button.import').click();
  assert.equal(
    await cardAlert(page, 'notes.md'),
    '「notes.md」的日期「10月9日」无法识别：请写成 2024-03-05、2024-03 或 2024。',
  );
  await field(page, 'notes.md', 'title').fill('  ');
  await field(page, 'notes.md', 'date').fill('2023-10');
  await card(page, 'notes.md').locator('button.import').click();
  assert.equal(await cardAlert(page, 'notes.md'), '「notes.md」还没有标题：请填写标题再导入。');
  assert.deepEqual(await myArticles(page), []);

  // Discard takes a card away.
  await card(page, 'utf16be.txt').locator('button.discard').click();
  await eventually(async () => assert.equal(await page.locator('li.card[data-file="utf16be.txt"]').count(), 0));
  page.assertClean();
  await page.close();
});

test('a GBK file read as Big5 shows mojibake in the preview; read as GBK again it is right', async () => {
  const page = await openEmptyImport(browser);
  await choose(page, fixture('gbk.txt'));
  const c = card(page, 'gbk.txt');
  await c.locator('select.encoding').selectOption('big5');
  await eventually(async () => assert.equal(await c.locator('.encoding-fact').getAttribute('data-encoding'), 'big5'));
  assert.equal((await c.locator('.detection').innerText()).trim(), '你选择的编码');
  const garbled = await preview(page, 'gbk.txt');
  assert.doesNotMatch(garbled, /亚马逊|投资|双方/);
  assert.notEqual(await field(page, 'gbk.txt', 'title').inputValue(), '亚马逊追加投资Anthropic');
  assert.ok(Number(await c.locator('.replaced').getAttribute('data-count')) > 0, 'Big5 meets bytes it cannot read');

  await c.locator('select.encoding').selectOption('gb18030');
  await eventually(async () => assert.match(await preview(page, 'gbk.txt'), /亚马逊向Anthropic投资50亿美元/));
  assert.equal(await field(page, 'gbk.txt', 'title').inputValue(), '亚马逊追加投资Anthropic');
  assert.equal(Number(await c.locator('.replaced').getAttribute('data-count')), 0);
  // Imported as read now: the same article the CLI makes of the file.
  const id = await importCard(page, 'gbk.txt');
  assert.equal(id, cliExportWith(fixture('gbk.txt')).articles.at(-1).id);
  page.assertClean();
  await page.close();
});

/** A phrase each fixture's article must show in the reader, decoded right. */
const PHRASES = {
  'gbk.txt': '双方将在云计算和自研芯片上深度合作',
  'big5.txt': '李彥宏表示這是國內第一個對標ChatGPT的產品',
  'utf16le.txt': '华为在开发者大会上发布盘古大模型3.0',
  'utf16be.txt': '字节跳动旗下的大模型产品豆包开始测试',
  'notes.md': '月之暗面发布智能助手 Kimi',
};

test('GBK, Big5, UTF-16 LE/BE and Markdown articles read right in the reader, and are still there after a reload', async () => {
  const page = await openEmptyImport(browser);
  const files = Object.keys(PHRASES);
  await choose(page, ...files.map(fixture));
  const ids = {};
  for (const file of files) ids[file] = await importCard(page, file);
  assert.deepEqual(await myArticles(page), Object.values(ids));
  await page.reload();
  await libraryLoaded(page);
  assert.deepEqual(await myArticles(page), Object.values(ids));

  for (const [file, phrase] of Object.entries(PHRASES)) {
    await page.goto(readPath(ids[file]));
    const paragraphs = await articleParagraphs(page);
    assert.ok(paragraphs.some((p) => p.includes(phrase)), `${file}: ${paragraphs.join(' / ')}`);
  }
  // Traditional script stays traditional, and says so.
  await page.goto(readPath(ids['big5.txt']));
  await articleParagraphs(page);
  assert.equal(await page.getAttribute('main article', 'lang'), 'zh-Hant');
  // The raw view shows the text as imported: decoded, with its source line.
  await page.click('#toggle-raw');
  await page.waitForSelector('.raw-scrape pre');
  assert.match(await page.locator('.raw-scrape pre').innerText(), /來源：百模測試日報 2023年3月16日/);
  assert.equal((await page.locator('#raw-heading').innerText()).trim(), '导入的原文');
  page.assertClean();
  await page.close();
});

test('an imported article shows in every view, contradicts the corpus on the timeline, and is renamed, removed and restored everywhere', async () => {
  const bundled = cliExport();
  const expected = cliExportWith(fixture('gbk.txt'));
  const mine = expected.articles.at(-1);
  const page = await openEmptyImport(browser);
  await choose(page, fixture('gbk.txt'));
  const id = await importCard(page, 'gbk.txt');
  assert.equal(id, mine.id);

  // Home: in the list, marked as yours.
  await page.goto('/');
  const entry = page.locator(`li.article-entry.yours[data-article="${id}"]`);
  await entry.waitFor();
  assert.equal(await entry.locator('.article-title').innerText(), '亚马逊追加投资Anthropic');
  assert.equal(await entry.locator('.yours-badge').innerText(), '我的');
  assert.equal(await page.locator('li.article-entry').count(), bundled.articles.length + 1);
  await assertAccessible(page);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await entry.screenshot({ path: join(SCREENSHOT_DIR, 'import-home-entry.png') });

  // Reader: the cleaned text exactly as the CLI cleans it, and the text as imported.
  await entry.locator('.article-title').click();
  assert.deepEqual(await articleParagraphs(page), mine.text.split('\n').filter(Boolean));
  await page.locator('.yours-note').waitFor();
  await page.locator('.article-header').screenshot({ path: join(SCREENSHOT_DIR, 'import-reader-header.png') });
  await page.click('#toggle-raw');
  assert.match(await page.locator('.raw-scrape pre').innerText(), /来源：百模测试周刊 2023年10月8日/);

  // Corpus: a row marked as yours, with where it came from.
  await page.goto('/corpus');
  const row = page.locator(`tr.yours[data-article="${id}"]`);
  await row.waitFor();
  assert.equal(await page.locator('.corpus-table tbody tr').count(), bundled.articles.length + 1);
  assert.equal(await row.locator('.source-file').innerText(), '文件 gbk.txt');
  assert.equal(
    await row.locator('.source-encoding[data-encoding="gb18030"]').innerText(),
    'GB18030 / GBK（按字节推测）',
  );
  assert.equal(await row.locator('.source-replaced').getAttribute('data-count'), '0');
  await assertAccessible(page);
  await row.screenshot({ path: join(SCREENSHOT_DIR, 'import-corpus-row.png') });

  // Timeline: its events, and the conflict with the bundled tellings of 25 September 2023.
  await page.goto('/timeline');
  await waitAnalysed(page);
  await page.waitForSelector('#timeline-events');
  assert.equal(Number(await page.getAttribute('#timeline-count', 'data-count')), expected.events.length);
  const myEvents = expected.events.filter((e) => e.article === id);
  assert.ok(myEvents.length > 0, 'the CLI finds events in the imported article');
  // The list is paged: the article's own events, on one page.
  await page.goto(`/timeline?a=${encodeURIComponent(id)}`);
  await page.waitForSelector('#timeline-events li.event');
  for (const e of myEvents) assert.equal(await page.locator(`li.event[data-event="${e.id}"]`).count(), 1, e.id);
  const conflicts = expected.clusters.flatMap((c) => c.conflicts);
  const conflict = conflicts.find((k) => k.sides.some((s) => s.article === id));
  assert.ok(conflict, 'the CLI finds the conflict');
  assert.ok(
    bundled.clusters.every((c) => c.conflicts.length === 0),
    'the bundled corpus alone has no conflict: the import is what makes one',
  );
  const mySide = conflict.sides.find((s) => s.article === id);
  const event = page.locator(`li.event.conflict[data-event="${mySide.event}"]`);
  assert.equal(await event.count(), 1);
  for (const side of conflict.sides) {
    assert.match(await event.locator(`.conflict-note li[data-event-ref="${side.event}"]`).innerText(), new RegExp(side.value));
  }
  const others = await event.locator('.also-list [data-source]').evaluateAll((els) => els.map((el) => el.dataset.source));
  assert.ok(others.some((a) => !a.startsWith('mine-')), `told by bundled articles too: ${others}`);
  await event.scrollIntoViewIfNeeded();
  await event.screenshot({ path: join(SCREENSHOT_DIR, 'import-timeline-conflict.png') });

  // Compare: the counts of the corpus plus the article's own mentions.
  await page.goto('/compare?c=amazon,anthropic');
  await waitAnalysed(page);
  for (const company of ['amazon', 'anthropic']) {
    const want = expected.companies.find((c) => c.id === company).mentions;
    const before = bundled.companies.find((c) => c.id === company).mentions.total;
    const own = want.per_article.find((a) => a.article === id)?.count;
    assert.ok(own > 0, `${company} is named in the imported article`);
    assert.equal(want.total, before + own);
    const column = page.locator(`[data-company-column="${company}"]`);
    assert.equal(Number(await column.locator('.total').getAttribute('data-total')), want.total);
    assert.equal((await column.locator(`.bar[data-article="${id}"] .bar-value`).textContent()).trim(), String(own));
  }

  // Search: its line.
  await page.goto(`/search?q=${encodeURIComponent('亚马逊')}`);
  await waitAnalysed(page);
  const line = page.locator(`.kwic-line[data-article="${id}"]`);
  await line.first().waitFor();
  assert.match(await line.first().innerText(), /50亿美元/);

  // Still there after a reload.
  await page.reload();
  await waitAnalysed(page);
  await line.first().waitFor();

  // Rename: the new title everywhere.
  const title = '亚马逊的五十亿之说';
  await page.goto('/import');
  await libraryLoaded(page);
  let item = page.locator(`li.mine-entry[data-article="${id}"]`);
  await item.locator('button.rename').click();
  await item.locator('.rename-input').fill(' ');
  await item.locator('button.save').click();
  assert.equal(await item.locator('[role="alert"]').innerText(), '标题不能为空：请输入新标题。');
  await item.locator('.rename-input').fill(title);
  await item.locator('button.save').click();
  item = page.locator(`li.mine-entry[data-article="${id}"]`);
  await item.locator('a.article-title', { hasText: title }).waitFor();
  await page.goto('/corpus');
  assert.equal(await page.locator(`tr[data-article="${id}"] th a`).first().innerText(), title);
  await page.goto('/');
  assert.equal(await page.locator(`li.article-entry[data-article="${id}"] .article-title`).innerText(), title);
  await page.goto(`/timeline?a=${encodeURIComponent(id)}`);
  await waitAnalysed(page);
  await page.locator('#timeline-events .event-source cite', { hasText: title }).first().waitFor();

  // Export the library, then remove the article: gone from every view.
  await page.goto('/import');
  await libraryLoaded(page);
  const exported = await downloadFrom(page, '#export-library');
  assert.match(exported.name, /^baimo-library-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(exported.text);
  assert.deepEqual([file.schema, file.version, file.articles.length], ['baimo-library', 1, 1]);
  assert.deepEqual([file.articles[0].meta.id, file.articles[0].meta.title], [id, title]);
  await page.locator(`li.mine-entry[data-article="${id}"] button.remove`).click();
  await page.locator('#mine-notice', { hasText: `已删除「${title}」。` }).waitFor();
  assert.deepEqual(await myArticles(page), []);
  await page.goto('/corpus');
  await page.waitForSelector('.corpus-table');
  assert.equal(await page.locator('.corpus-table tbody tr').count(), bundled.articles.length);
  await page.goto('/timeline');
  await waitAnalysed(page);
  assert.equal(Number(await page.getAttribute('#timeline-count', 'data-count')), bundled.events.length);
  assert.equal(await page.locator('li.event.conflict').count(), 0);
  await page.goto(`/search?q=${encodeURIComponent('亚马逊')}`);
  await waitAnalysed(page);
  await page.waitForSelector('.kwic-line');
  assert.equal(await line.count(), 0);
  await page.goto('/');
  await page.waitForSelector('li.article-entry');
  assert.equal(await page.locator('li.article-entry.yours').count(), 0);
  await page.goto(readPath(id));
  await page.waitForSelector('main h1');
  assert.match(await page.locator('main').innerText(), NOT_FOUND);

  // The exported file brings it back, renamed; a second time adds nothing.
  await page.goto('/import');
  await libraryLoaded(page);
  const upload = { name: exported.name, mimeType: 'application/json', buffer: Buffer.from(exported.text) };
  await page.setInputFiles('#import-library', upload);
  await page.locator('#library-notice[data-added="1"][data-already="0"]').waitFor();
  assert.equal(
    await page.locator('#library-notice').innerText(),
    `「${exported.name}」：新增 1 篇，已有 0 篇。`,
  );
  assert.deepEqual(await myArticles(page), [id]);
  await page.setInputFiles('#import-library', upload);
  await page.locator('#library-notice[data-added="0"][data-already="1"]').waitFor();
  await page.goto('/corpus');
  await page.locator(`tr.yours[data-article="${id}"] th a`, { hasText: title }).waitFor();
  page.assertClean();
  await page.close();
});

test('a removed article comes back with undo', async () => {
  const page = await openEmptyImport(browser);
  await choose(page, fixture('utf16le.txt'), fixture('notes.md'));
  const first = await importCard(page, 'utf16le.txt');
  const second = await importCard(page, 'notes.md');
  await page.locator(`li.mine-entry[data-article="${first}"] button.remove`).click();
  await page.locator('#mine-notice button.undo').waitFor();
  assert.deepEqual(await myArticles(page), [second]);
  // The removed entry's button is gone: focus moves to the undo, which the keyboard can use.
  await eventually(async () => assert.ok(await page.evaluate(() => document.activeElement?.classList.contains('undo'))));
  await page.keyboard.press('Enter');
  // Back in its place, and kept.
  await eventually(async () => assert.deepEqual(await myArticles(page), [first, second]));
  await page.reload();
  await libraryLoaded(page);
  assert.deepEqual(await myArticles(page), [first, second]);
  page.assertClean();
  await page.close();
});

test('pasted text and dropped files become cards too', async () => {
  const page = await openEmptyImport(browser);
  await page.fill('#paste-text', '百川智能发布新模型\n2024年1月29日，百川智能发布大模型Baichuan 3，参数超过千亿。');
  await page.click('#paste-read');
  const pasted = card(page, '');
  await pasted.locator('.card-actions').waitFor();
  assert.equal(await pasted.locator('.card-name').innerText(), '粘贴的文字');
  assert.equal((await pasted.locator('.detection').innerText()).trim(), '粘贴的文字，无需解码');
  assert.equal(await field(page, '', 'title').inputValue(), '百川智能发布新模型');
  assert.equal(await field(page, '', 'date').inputValue(), '2024-01-29');
  const pastedId = await importCard(page, '');
  assert.equal(await page.inputValue('#paste-text'), '');

  // A file dropped on the zone, as the browser hands it over (a DataTransfer of Files).
  const bytes = [...readFileSync(fixture('notes.md'))];
  await page.evaluate((bytes) => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array(bytes)], 'dropped.md', { type: 'text/markdown' }));
    const zone = document.getElementById('drop-zone');
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, bytes);
  await card(page, 'dropped.md').locator('.card-actions').waitFor();
  assert.equal(await card(page, 'dropped.md').locator('.format').getAttribute('data-format'), 'markdown');
  const droppedId = await importCard(page, 'dropped.md');
  assert.deepEqual(await myArticles(page), [pastedId, droppedId]);
  page.assertClean();
  await page.close();
});

test('the import page: accessible in both languages and dark mode, no sideways scrolling at 360 px', async () => {
  const page = await openEmptyImport(browser);
  await choose(page, fixture('utf16le.txt'));
  await importCard(page, 'utf16le.txt');
  await choose(page, fixture('gbk.txt'), fixture('xss.html'), fixture('empty.txt'));
  await page.setInputFiles('#import-library', fixture('library-future.json'));
  await page.locator('#library-notice[role="alert"]').waitFor();
  await page.emulateMedia({ colorScheme: 'light' });
  await assertAccessible(page);
  assert.equal(await horizontalOverflow(page), 0);
  await screenshots(page, 'import');
  await page.emulateMedia({ colorScheme: 'dark' });
  await assertAccessible(page);
  await screenshots(page, 'import-dark');

  await page.click('#lang-switch');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await page.locator('main h1').innerText(), 'Import articles');
  assert.equal(
    await cardAlert(page, 'empty.txt'),
    "empty.txt is empty: there is no text to import. Choose a file with the article's text.",
  );
  assert.equal((await card(page, 'gbk.txt').locator('.detection').innerText()).trim(), 'guessed from the bytes; if the preview is garbled, choose another');
  assert.match(await page.locator('#library-notice').innerText(), /^library-future\.json comes from a newer baimo \(library version 3; this one reads up to version 2\)/);
  await assertAccessible(page);
  await page.emulateMedia({ colorScheme: 'light' });
  await screenshots(page, 'import-en');
  await page.click('#lang-switch');
  await page.waitForFunction(() => document.documentElement.lang === 'zh-Hans');
  page.assertClean();
  await page.close();
});
