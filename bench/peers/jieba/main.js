// jieba-wasm's init (fetches and compiles its wasm, which embeds jieba's dictionary) and its
// first cut (which builds the segmenter from that dictionary), timed from navigation start.
import init, { cut } from './jieba_rs_wasm.js';

await init();
const words = cut('9月25日，亚马逊宣布向大模型公司Anthropic投资至多40亿美元，百模大战愈演愈烈。', true);
// The moment the bench waits for, in ms since navigation start (tests/browser/bench/page.mjs).
(window.__bench ??= {}).cut = performance.now();
document.getElementById('words').textContent = words.join(' ');
