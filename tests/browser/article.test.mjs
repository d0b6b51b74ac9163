// Every article opens, shows its text at once, then gets segmented into words with companies
// marked; the word-boundary toggle shows the segmentation.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  ARTICLE_IDS,
  MANIFEST,
  TRADITIONAL_ID,
  articleParagraphs,
  eventually,
  readPath,
  useBrowser,
  waitSegmented,
} from './harness.mjs';

const browser = useBrowser();

for (const id of ARTICLE_IDS) {
  test(`${id}: paragraphs, language, segmentation, companies`, async () => {
    const page = await browser.open(readPath(id));
    const paragraphs = await articleParagraphs(page);
    assert.ok(paragraphs.length >= 5, `only ${paragraphs.length} non-empty paragraphs`);
    assert.ok(paragraphs.join('').length >= 200, 'the article text is suspiciously short');

    assert.ok((await page.getAttribute('html', 'lang'))?.trim(), '<html lang> is not set');
    const lang = { traditional: 'zh-Hant', simplified: 'zh-Hans' }[MANIFEST.get(id)?.script];
    assert.equal(await page.getAttribute('article', 'lang'), lang, 'article lang does not match its script');

    await waitSegmented(page);
    const seg = await page.$eval('article', (article) => {
      const toks = [...article.querySelectorAll('p .tok')];
      const outer = toks.filter((t) => !t.parentElement.closest('.tok'));
      const visible = (s) => s.replace(/\s/g, '').length;
      return {
        tokens: toks.length,
        inParagraphs: toks.every((t) => t.closest('p') && article.contains(t)),
        covered: outer.reduce((n, t) => n + visible(t.textContent), 0),
        total: [...article.querySelectorAll('p')].reduce((n, p) => n + visible(p.textContent), 0),
        companies: [...article.querySelectorAll('mark.company')].map((m) => m.dataset.company ?? ''),
      };
    });
    assert.ok(seg.tokens >= 100, `only ${seg.tokens} .tok spans after segmentation`);
    assert.ok(seg.inParagraphs, '.tok spans outside the paragraphs');
    assert.ok(seg.covered / seg.total >= 0.6, `tokens cover only ${seg.covered} of ${seg.total} characters`);
    assert.ok(!seg.companies.includes(''), 'a mark.company without data-company');
    // Every article of the corpus discusses OpenAI many times.
    assert.ok(seg.companies.includes('openai'), `no mark.company[data-company="openai"] (found: ${seg.companies})`);
    page.assertClean();
  });
}

test('the traditional article marks Amazon and Anthropic', async () => {
  const page = await browser.open(readPath(TRADITIONAL_ID));
  await waitSegmented(page);
  for (const company of ['amazon', 'anthropic']) {
    const marks = page.locator(`article mark.company[data-company="${company}"]`);
    assert.ok((await marks.count()) > 0, `no ${company} mark`);
  }
  const amazon = await page.locator('article mark.company[data-company="amazon"]').first().textContent();
  assert.match(amazon, /亞馬遜|亚马逊|Amazon/, 'the amazon mark does not hold its name');
  page.assertClean();
});

/** Computed styles that can make a word boundary visible, for the first few tokens. */
function tokenLook(page) {
  return page.$$eval('article p .tok', (toks) =>
    toks.slice(0, 20).map((t) => {
      const s = getComputedStyle(t);
      const after = getComputedStyle(t, '::after');
      const before = getComputedStyle(t, '::before');
      return [
        s.marginLeft, s.marginRight, s.paddingLeft, s.paddingRight,
        s.borderLeftStyle, s.borderLeftWidth, s.borderRightStyle, s.borderRightWidth,
        s.borderBottomStyle, s.outlineStyle, s.boxShadow, s.backgroundColor, s.backgroundImage,
        s.textDecorationLine, after.content, before.content, after.borderLeftStyle,
      ].join('|');
    }),
  );
}

test('the word-boundary toggle shows and hides the segmentation', async () => {
  const page = await browser.open(readPath(ARTICLE_IDS[1]));
  await waitSegmented(page);
  const button = page.locator('#toggle-boundaries');
  const article = page.locator('article');
  assert.equal(await button.getAttribute('aria-pressed'), 'false', 'boundaries are on before toggling');
  assert.ok(!(await article.getAttribute('class') ?? '').split(/\s+/).includes('show-boundaries'));
  const off = await tokenLook(page);

  await button.click();
  await page.waitForSelector('#toggle-boundaries[aria-pressed="true"]');
  await page.waitForSelector('article.show-boundaries');
  assert.ok((await page.locator('article.show-boundaries p .tok').count()) >= 100, 'few tokens with boundaries on');
  // `eventually`: a CSS transition may take a moment to settle.
  await eventually(async () =>
    assert.notDeepEqual(await tokenLook(page), off, 'tokens look the same with boundaries on: nothing separates them'),
  );

  await button.click();
  await page.waitForSelector('#toggle-boundaries[aria-pressed="false"]');
  assert.equal(await page.locator('article.show-boundaries').count(), 0, 'show-boundaries stays after toggling off');
  await eventually(async () =>
    assert.deepEqual(await tokenLook(page), off, 'tokens do not look as before after toggling off'),
  );
  page.assertClean();
});
