#!/usr/bin/env node
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
// The API reference as a reader sees it: serves docs-site/ (built by `typedoc`) on loopback HTTP and loads its
// pages in headless Chromium (playwright-core with the Chromium of @sparticuz/chromium, as the tests use) at a
// desktop width (1280 px) and a phone width (390 px). On every page:
//
// * links are links: no declaration reference left as text (`"@opentok/core"!`, `{@link …}`);
// * anchors have names: no `#_` id, every "On This Page" entry has text and a target, every in-page link a target;
// * headings keep their code: an "On This Page" entry reads like the heading it points to;
// * tables fit: none reaches past the content column (or under the sidebar), the page never scrolls sideways;
// * one title: one `<h1>`;
// * example pages show their code: a code block under each `### <file>` heading, and the README's links to
//   those files go to that code;
// * no script error.
//
// It saves screenshots of the landing page, a package page and an example page at both widths and prints their folder.
//   node checks/docs/site.mjs [--site docs-site] [--screenshots <dir>]   (default: a temp dir)
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join, normalize, relative } from 'node:path';
import { CHROMIUM_ARGS } from '@opentok/testing/runtimes';
import { fail, main, root } from '../lib.mjs';

const require = createRequire(import.meta.url);
const option = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index === -1 ? fallback : process.argv[index + 1];
};
const site = join(root, option('--site', 'docs-site'));
const shots = option('--screenshots', undefined) ?? mkdtempSync(join(tmpdir(), 'opentok-docs-'));
const WIDTHS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];
/** The pages photographed: the landing page, a package page, an example page. */
const SCREENSHOTS = ['index.html', 'modules/_opentok_tokens.html', 'documents/quickstart.html'];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** The pages checked: the landing page, every package page and every document (the examples). */
function pages() {
  const html = (dir) =>
    readdirSync(join(site, dir))
      .filter((file) => file.endsWith('.html'))
      .map((file) => `${dir}/${file}`);
  return ['index.html', ...html('modules'), ...html('documents')];
}

/** Serves the site's files on a free loopback port. */
async function serve() {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(site, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(site) || !existsSync(file)) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

/** What one page shows, measured in the browser: the problems found, as sentences. */
function inspect() {
  const problems = [];
  const text = (element) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const content = document.querySelector('.col-content');
  const say = (message) => problems.push(message);

  // Links are links.
  // (Code blocks are left out: code may mention {@link} in its comments.)
  const prose = content?.cloneNode(true);
  for (const block of prose?.querySelectorAll('pre') ?? []) block.remove();
  const raw = /"@opentok\/[^"]+"!|\{@link[^}]*\}/.exec(prose?.textContent ?? '');
  if (raw) say(`a declaration reference is shown as text instead of a link: ${raw[0]}`);

  // Anchors have names; in-page links have targets.
  for (const element of document.querySelectorAll('[id]'))
    if (/^_(-\d+)?$/.test(element.id)) say(`an anchor without a name: #${element.id} (${text(element).slice(0, 60)})`);
  for (const link of document.querySelectorAll('a[href^="#"]')) {
    const id = decodeURIComponent(link.getAttribute('href').slice(1));
    if (id !== '' && !document.getElementById(id)) say(`a link to #${id} (${text(link).slice(0, 60)}) has no target on the page`);
  }
  const entries = [...document.querySelectorAll('.tsd-page-navigation .tsd-accordion-details a')];
  for (const entry of entries) {
    if (text(entry) === '') say(`an empty "On This Page" entry: ${entry.getAttribute('href')}`);
    // Headings keep their code: an entry for a Markdown heading reads like the heading.
    const target = document.getElementById(decodeURIComponent((entry.getAttribute('href') ?? '').slice(1)));
    if (target?.matches('.tsd-typography :is(h1, h2, h3, h4, h5, h6)') && text(target) !== text(entry)) {
      say(`the "On This Page" entry "${text(entry)}" does not read like its heading "${text(target)}"`);
    }
  }
  for (const heading of content?.querySelectorAll('.tsd-typography :is(h1, h2, h3, h4, h5, h6)') ?? []) {
    if (text(heading) === '') say(`an empty heading: #${heading.id}`);
  }

  // Tables fit: inside the content column, clear of the sidebar; the page never scrolls sideways.
  const column = content?.getBoundingClientRect();
  const sidebar = document.querySelector('.col-sidebar');
  const sidebarBox = sidebar && getComputedStyle(sidebar).display !== 'none' ? sidebar.getBoundingClientRect() : undefined;
  for (const table of content?.querySelectorAll('table') ?? []) {
    const box = table.getBoundingClientRect();
    const head = text(table.querySelector('tr')).slice(0, 50);
    if (column && box.right > column.right + 1) say(`a table (${head}) reaches ${Math.round(box.right - column.right)} px past the content column`);
    if (sidebarBox && sidebarBox.left > (column?.left ?? 0) && box.right > sidebarBox.left + 1 && box.top < sidebarBox.bottom)
      say(`a table (${head}) runs under the sidebar`);
  }
  if (document.documentElement.scrollWidth > window.innerWidth + 1)
    say(`the page scrolls sideways: ${document.documentElement.scrollWidth} px wide in a ${window.innerWidth} px window`);

  // One title.
  const titles = document.querySelectorAll('h1');
  if (titles.length !== 1) say(`${titles.length} titles (h1): ${[...titles].map(text).join(' | ')}`);

  // Example pages show their code, and their file links go to it.
  if (location.pathname.includes('/documents/')) {
    const files = [...content.querySelectorAll('.tsd-typography h3')].filter((heading) => /^[\w./-]+\.(ts|mjs|js)$/.test(text(heading)));
    if (files.length === 0) say('an example page with no code');
    for (const heading of files) {
      let next = heading.nextElementSibling;
      while (next && !next.matches('pre, h1, h2, h3')) next = next.nextElementSibling;
      if (!next?.matches('pre') || text(next).length < 20) say(`no code under ${text(heading)}`);
    }
    for (const link of content.querySelectorAll('a')) {
      const label = text(link);
      if (files.some((heading) => text(heading) === label) && link.getAttribute('href') !== `#${files.find((heading) => text(heading) === label).id}`) {
        say(`the link "${label}" does not go to its code on the page (${link.getAttribute('href')})`);
      }
    }
  }
  return problems;
}

await main(async () => {
  if (!existsSync(join(site, 'index.html'))) fail(`docs check: no site in ${relative(root, site)}; build it first: npx -y pnpm@10.34.9 run docs`);
  const { chromium: playwright } = require('playwright-core');
  const { default: sparticuz } = await import('@sparticuz/chromium');
  const { server, origin } = await serve();
  const browser = await playwright.launch({ executablePath: await sparticuz.executablePath(), args: CHROMIUM_ARGS });
  mkdirSync(shots, { recursive: true });
  const problems = [];
  const saved = [];
  const list = pages();
  try {
    for (const { name, width, height } of WIDTHS) {
      const context = await browser.newContext({ viewport: { width, height } });
      for (const path of list) {
        const page = await context.newPage();
        const errors = [];
        page.on('pageerror', (error) => errors.push(String(error)));
        const response = await page.goto(`${origin}/${path}`, { waitUntil: 'load' });
        if (response?.status() !== 200) problems.push(`${path} at ${width} px: HTTP ${response?.status()}`);
        // typedoc's script shows the page once it has laid it out.
        await page.waitForFunction(() => document.body.style.display !== 'none');
        for (const problem of [...(await page.evaluate(inspect)), ...errors]) problems.push(`${path} at ${width} px: ${problem}`);
        if (SCREENSHOTS.includes(path)) {
          const file = join(shots, `${path.replace(/\W+/g, '-').replace(/-html$/, '')}-${name}-${width}px.png`);
          await page.screenshot({ path: file, fullPage: path === 'index.html' && name === 'desktop' });
          saved.push(file);
        }
        await page.close();
      }
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  if (problems.length > 0) fail(`docs check: ${problems.length} problem(s) in the reference (screenshots in ${shots})`, problems.join('\n'));
  console.log(`screenshots: ${saved.join(', ')}`);
  console.log(`docs check: ${list.length} pages at ${WIDTHS.map((w) => `${w.width}`).join(' and ')} px, no problem found; screenshots in ${shots}`);
});
