// What bench.mjs measures inside the pages, and asks the bench's servers.

/**
 * Init script (runs before any of the page's own scripts, in every document): records, in ms
 * since navigation start (`performance.now()`), on `window.__bench`:
 *   text      the first animation frame after an `article p` (the site's reader) or `p.bare`
 *             (the bare Leptos page) has text: the frame that paints it;
 *   ready     `<html data-ready="all">` set by the app: every view's data ready;
 *   cut       set by the jieba-wasm page itself when its first cut returned;
 *   swActive  the page's service worker active (installed: everything precached);
 *   longTasks [start, duration] of every main-thread task over 50 ms (Long Tasks API);
 *   wasm      the app's wasm exports (trunk's `TrunkApplicationStarted` event), for its memory.
 */
export function recordMilestones() {
  const m = (window.__bench = { longTasks: [] });
  try {
    new PerformanceObserver((list) => {
      for (const t of list.getEntries()) m.longTasks.push([t.startTime, t.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API: longTasks stays empty.
  }
  addEventListener('TrunkApplicationStarted', (e) => {
    m.wasm = e.detail?.wasm;
  });
  navigator.serviceWorker?.ready.then(() => {
    m.swActive = performance.now();
  });
  let painting = false;
  const check = () => {
    if (m.text === undefined && !painting) {
      const shown = [...document.querySelectorAll('article p, p.bare')].some((p) => p.textContent.trim() !== '');
      if (shown) {
        painting = true;
        requestAnimationFrame(() => {
          m.text = performance.now();
        });
      }
    }
    if (m.ready === undefined && document.documentElement?.dataset.ready === 'all') m.ready = performance.now();
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
}

/**
 * What the server behind `url` sent since it was last asked (the bench's servers log every
 * response: xtask/src/static_server.rs): total body bytes, and a one-line summary.
 */
export async function bytesSent(url) {
  const response = await fetch(new URL('/__bench__/served', url));
  const served = (await response.text())
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
  const bytes = served.reduce((sum, s) => sum + s.bytes, 0);
  // A file fetched a second time (the service worker precaching what the page already has).
  const seen = new Set();
  const list = [];
  for (const s of served) {
    const again = seen.has(s.path);
    seen.add(s.path);
    if (s.bytes >= 1000) list.push(`${s.path} ${(s.bytes / 1000).toFixed(1)} kB${s.gzip ? ' gzip' : ''}${again ? ' (again)' : ''}`);
  }
  return {
    bytes,
    summary: `${served.length} responses, ${(bytes / 1e6).toFixed(3)} MB; over 1 kB: ${list.join(', ')}`,
  };
}

/**
 * Segmentation throughput inside the page, on `text`: the bench hooks (`baimo_bench_cut`,
 * jieba-rs's cut with the app's dictionary; `baimo_bench_tokens`, the app's whole segmenter)
 * and Intl.Segmenter (every segment iterated). Each is repeated for at least half a second and
 * at least 5 times; returns { cut, tokens, intl } as { ms (median per pass), n (tokens) }, and
 * `error` when the hooks did not answer.
 */
export async function throughput(page, text) {
  // The app's segmenter is in its analysis worker: the hooks time one built in the page.
  const prepared = await page.evaluate(async () => {
    try {
      await window.wasmBindings?.baimo_bench_prepare?.();
      return null;
    } catch (err) {
      return `bench hooks: ${err}`;
    }
  });
  if (prepared) return { error: prepared };
  return page.evaluate((text) => {
    const time = (cut) => {
      const times = [];
      let spent = 0;
      let n;
      while (spent < 500 || times.length < 5) {
        const start = performance.now();
        n = cut();
        const took = performance.now() - start;
        times.push(took);
        spent += took;
      }
      times.sort((a, b) => a - b);
      return { ms: times[times.length >> 1], n };
    };
    const out = {};
    const hooks = window.wasmBindings ?? {};
    try {
      out.cut = time(() => hooks.baimo_bench_cut(text));
      out.tokens = time(() => hooks.baimo_bench_tokens(text));
    } catch (err) {
      out.error = `bench hooks: ${err}`;
    }
    const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
    out.intl = time(() => {
      let n = 0;
      for (const _ of segmenter.segment(text)) n++;
      return n;
    });
    return out;
  }, text);
}

/**
 * Target 5 on `page` (a fresh context with recordMilestones): import the library file at
 * `path` (`n` articles) through the site's /import page, then navigate to `/` and measure nav →
 * data-ready="all", the longest task before it, and memory then. Returns { imported (ms from
 * choosing the file to the notice), ready, longTask, memory, memoryMethod, problem }; a step that does not
 * finish within `timeout` ms leaves its numbers undefined and says so in `problem`.
 */
export async function corpusVisit(page, site, path, n, timeout) {
  await page.goto(`${site}import`);
  await page.waitForSelector('section.mine .mine-count, section.mine [role="alert"]', { timeout: 120_000 });
  const started = Date.now();
  await page.setInputFiles('#import-library', path);
  const notice = page.locator('#library-notice[data-added], #library-notice[role="alert"]');
  try {
    await notice.waitFor({ timeout });
  } catch {
    return { problem: `the import did not finish within ${timeout / 1000} s` };
  }
  const imported = Date.now() - started;
  const added = await notice.getAttribute('data-added');
  if (added !== String(n)) {
    return { imported, problem: `the import added ${added ?? 'nothing'} of ${n}: ${await notice.innerText()}` };
  }
  await page.goto(site, { waitUntil: 'commit' });
  try {
    await page.waitForFunction(() => window.__bench?.ready !== undefined, null, { timeout, polling: 250 });
  } catch {
    return { imported, problem: `/ did not finish (no data-ready="all") within ${timeout / 1000} s` };
  }
  await page.waitForTimeout(200); // long-task entries arrive asynchronously
  return {
    imported,
    ...(await page.evaluate(async () => {
      const m = window.__bench;
      const longTask = Math.max(0, ...m.longTasks.filter(([start]) => start < m.ready).map(([, d]) => d));
      // The whole page's memory where the browser can tell (cross-origin isolated pages only);
      // else the JS heap plus the wasm module's memory, which the heap does not count.
      if (self.crossOriginIsolated && performance.measureUserAgentSpecificMemory) {
        const all = await performance.measureUserAgentSpecificMemory();
        return { ready: m.ready, longTask, memory: all.bytes, memoryMethod: 'performance.measureUserAgentSpecificMemory()' };
      }
      const wasm = m.wasm?.memory?.buffer?.byteLength;
      return {
        ready: m.ready,
        longTask,
        memory: (performance.memory?.usedJSHeapSize ?? NaN) + (wasm ?? 0),
        memoryMethod:
          wasm === undefined
            ? 'performance.memory.usedJSHeapSize (no wasm memory seen)'
            : 'performance.memory.usedJSHeapSize + the wasm memory of the main thread (measureUserAgentSpecificMemory needs cross-origin isolation)',
      };
    })),
  };
}

/**
 * The views a reader reopens, as routes: each measured nav → data-ready="all" with the real
 * library and with the bundled articles only, in the same run.
 */
export const VIEWS = [
  ['home', '/'],
  ['timeline', '/timeline'],
  ['compare', '/compare'],
  ['corpus', '/corpus'],
  ['search', '/search?q=%E5%A4%A7%E6%A8%A1%E5%9E%8B'],
];

/**
 * Navigates `page` to `url` and measures nav → data-ready="all" (ms), the longest main-thread
 * task before it (0 when none reached 50 ms), and the elements on the page once the view has
 * drawn (a moment after ready). Returns { ready, longTask, nodes }; `ready` is undefined when
 * the page never got there within `timeout` ms.
 */
export async function viewVisit(page, url, timeout) {
  await page.goto(url, { waitUntil: 'commit' });
  try {
    await page.waitForFunction(() => window.__bench?.ready !== undefined, null, { timeout, polling: 50 });
  } catch {
    return {};
  }
  await page.waitForTimeout(300); // long-task entries arrive asynchronously; the view draws
  return page.evaluate(() => {
    const m = window.__bench;
    return {
      ready: m.ready,
      longTask: Math.max(0, ...m.longTasks.filter(([start]) => start < m.ready).map(([, d]) => d)),
      nodes: document.getElementsByTagName('*').length,
    };
  });
}

/**
 * The resident memory of the browser's renderer processes (the page, its Web Worker and
 * everything else of the tab live in one), in bytes: the largest, read from /proc (the bench
 * runs Chromium on this machine). Undefined where /proc can't tell.
 */
export async function rendererMemory(browser) {
  const { readFileSync } = await import('node:fs');
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
    const rss = processInfo
      .filter((p) => p.type === 'renderer')
      .map((p) => {
        try {
          const status = readFileSync(`/proc/${p.id}/status`, 'utf8');
          return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1]) * 1024;
        } catch {
          return NaN;
        }
      })
      .filter(Number.isFinite);
    return rss.length ? Math.max(...rss) : undefined;
  } finally {
    await cdp.detach();
  }
}
