// The browser segments exactly as the native CLI: for every article, the words the reader
// shows (.tok elements, in order) are the words `baimo segment` prints for the same text.
// One core, one segmenter, one dictionary: a drift between the two would show up here.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { ARTICLE_IDS, readPath, useBrowser, waitSegmented } from './harness.mjs';

const CLI = process.env.BAIMO_CLI;

const browser = useBrowser();

/** A word as the reader marks it: has a letter, digit or Han character, and is not a gap. */
const isWord = (token) => /[\p{L}\p{N}]/u.test(token) && !/^□+$/.test(token);

test('the CLI binary is there to compare with', () => {
  assert.ok(CLI && existsSync(CLI), `BAIMO_CLI=${CLI} does not exist (run through cargo xtask test)`);
});

const exported = CLI && existsSync(CLI) ? JSON.parse(execFileSync(CLI, ['export'], { maxBuffer: 64 << 20 })) : null;

for (const id of ARTICLE_IDS) {
  test(`${id}: browser words equal \`baimo segment\` words`, async () => {
    assert.ok(exported, 'no export from the CLI');
    const article = exported.articles.find((a) => a.id === id);
    assert.ok(article, `the CLI does not export ${id}`);
    const cliLines = execFileSync(CLI, ['segment'], { input: article.text, maxBuffer: 64 << 20 })
      .toString()
      .split('\n')
      .filter((line) => line.trim() !== '');
    const expected = cliLines.map((line) => line.split(' ').filter(isWord));

    const page = await browser.open(readPath(id));
    await waitSegmented(page);
    // A name like "Stability AI" is one token with a space inside; the CLI's space-separated
    // output cannot tell it from two, so both sides are compared word by word.
    const shown = (
      await page.$$eval('article p', (ps) => ps.map((p) => [...p.querySelectorAll('.tok')].map((t) => t.textContent)))
    ).map((tokens) => tokens.flatMap((t) => t.split(' ')).filter(isWord));
    assert.equal(shown.length, expected.length, 'paragraph count differs from the CLI');
    for (let i = 0; i < shown.length; i++) {
      assert.deepEqual(shown[i], expected[i], `paragraph ${i + 1} is segmented differently`);
    }
    page.assertClean();
  });
}
