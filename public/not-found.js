// The script of 404.html, inlined there by `cargo xtask build` (xtask/src/publish.rs) and
// allowed by its hash in that page's Content-Security-Policy.
//
// Hosts such as GitHub Pages or Netlify answer an address they have no file for with the
// site's 404.html, whatever the folder. This finds the site's root (the page may be
// /baimo/read/<an imported article> or /no/such/page, the site at / or under any sub-path),
// fetches the app's shell from there and writes it into this page with that root as its base:
// the app then starts and shows the article, or its own "not found" page.
(async () => {
  const path = location.pathname;
  const roots = [];
  // A reader's address: the root is just above read/.
  const reader = /^(.*\/)read\/[^/]+\/?$/.exec(path);
  if (reader) roots.push(reader[1]);
  // Otherwise each folder above the address, the nearest first.
  const parts = path.split('/');
  for (let i = parts.length - 1; i >= 1; i--) {
    const dir = `${parts.slice(0, i).join('/')}/`;
    if (!roots.includes(dir)) roots.push(dir);
  }
  for (const root of roots) {
    let html;
    try {
      const response = await fetch(`${root}index.html`);
      html = response.ok ? await response.text() : '';
    } catch {
      html = '';
    }
    // Only this site's own shell will do.
    if (html.includes('<meta name="baimo-build"') && html.includes('<base href="./">')) {
      document.open();
      document.write(html.replace('<base href="./">', `<base href="${root}">`));
      document.close();
      return;
    }
  }
  document.getElementById('lost').hidden = false;
})();
