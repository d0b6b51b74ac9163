// baimo 百模's service worker: after one visit, every page works with the network off.
//
// `cargo xtask build` (xtask/src/publish.rs) replaces the `BUILD` line below with this build's
// version (a hash of the site's files), the files to keep and the app's routes. Under
// `trunk serve` it stays null and the worker does nothing: pages come from the network.
//
// - Install: every file of the build goes into one cache named after the scope and the version.
// - Activate: older caches of this scope are deleted (other sites on the origin keep theirs).
//   A new version waits until the page, which offers to reload, sends SKIP_WAITING.
// - Fetch: only GET requests inside the scope, on this origin; anything else is left alone.
//   A page of the app (`/`, a view, `/read/<address>`, bundled or imported, or an old address
//   with the id whole, `/read/<id>.txt`, which the app then moves to the new one) is answered
//   from the cached shell at once; any other page is asked of the network, and the shell answers
//   when the network has no such page (404) or cannot be reached. Files come from the cache,
//   or from the network when they are not part of the build.
'use strict';

const BUILD = null;

const SCOPE = new URL(self.registration.scope);
// One cache per version per scope: sites at /a/ and /b/ on one origin never touch each other's.
const PREFIX = `baimo ${SCOPE.pathname} `;
const CACHE = BUILD ? PREFIX + BUILD.version : null;
// The app's shell; its <base href="./"> points at the site's root only when served at the
// root, so `shell()` writes the scope's path into it instead.
const SHELL = new URL('index.html', SCOPE).href;
const BASE_TAG = '<base href="./">';
/** A content-hashed file name, as `cache_control` in xtask/src/static_server.rs sees it. */
const HASHED = /-[0-9a-f]{8,}(_bg)?\.[a-z0-9]+$/;

self.addEventListener('install', (event) => {
  if (!CACHE) return;
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      // A file named after its content (trunk's `-<hash>` names, the dictionary's) can't be
      // stale: take it from the HTTP cache, where the page's own visit has just put the wasm
      // and the dictionary, instead of downloading megabytes twice. Anything else is checked
      // with the server (`no-cache`), never an older copy.
      cache.addAll(
        BUILD.files.map(
          (file) =>
            new Request(new URL(file, SCOPE), { cache: HASHED.test(file) ? 'default' : 'no-cache' }),
        ),
      ),
    ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (!CACHE || request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== SCOPE.origin || !url.pathname.startsWith(SCOPE.pathname)) return;
  event.respondWith(request.mode === 'navigate' ? page(request, url) : file(request));
});

/** Is `path` (relative to the scope) one of the app's pages? */
function isAppPage(path) {
  const route = path.replace(/\/(index\.html)?$/, '').replace(/^index\.html$/, '');
  return route === '' || BUILD.routes.includes(route) || /^read\/[^/]+$/.test(route);
}

async function page(request, url) {
  if (isAppPage(url.pathname.slice(SCOPE.pathname.length))) return shell(request, 200);
  try {
    const response = await fetch(request);
    return response.status === 404 ? shell(request, 404) : response;
  } catch {
    return shell(request, 200);
  }
}

/** The cached shell with the site's root as its base, or the network's answer without one. */
async function shell(request, status) {
  const cached = await caches.open(CACHE).then((cache) => cache.match(SHELL));
  if (!cached) return fetch(request);
  const html = (await cached.text()).replace(BASE_TAG, `<base href="${SCOPE.pathname}">`);
  return new Response(html, { status, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

async function file(request) {
  const cached = await caches.open(CACHE).then((cache) => cache.match(request));
  return cached ?? fetch(request);
}
