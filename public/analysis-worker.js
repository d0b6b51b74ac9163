// baimo 百模's analysis worker (src/worker/): the app's own wasm, run off the main thread.
//
// The page posts `{ boot: { glue, wasm } }` first: the URLs of the wasm-bindgen glue and the
// wasm it loaded itself (trunk's preload links), so the browser's HTTP cache (or the service
// worker, offline) serves them again instead of a second download. Every later message is a
// buffer for the wasm's `baimo_worker_receive`; those that come while the wasm loads wait.
// If the wasm cannot be loaded, or fails outside a panic the wasm reports itself, the page
// hears `{ failed: reason }` and says so.
'use strict';

let receive = null;
const early = [];

const fail = (reason) => self.postMessage({ failed: String(reason) });

self.addEventListener('message', async (event) => {
  const data = event.data;
  if (data && data.boot) {
    try {
      const glue = await import(data.boot.glue);
      await glue.default({ module_or_path: data.boot.wasm });
      receive = glue.baimo_worker_receive;
      for (const message of early.splice(0)) receive(message);
    } catch (err) {
      fail(err && err.message ? err.message : err);
    }
  } else if (receive) {
    try {
      receive(data);
    } catch (err) {
      fail(err && err.message ? err.message : err);
    }
  } else {
    early.push(data);
  }
});

self.addEventListener('unhandledrejection', (event) => {
  const reason = event.reason;
  fail(reason && reason.message ? reason.message : reason);
});
