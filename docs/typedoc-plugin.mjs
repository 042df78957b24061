// A typedoc plugin for this reference (loaded by typedoc.json): headings keep their code in their anchors and in
// "On This Page", a package page shows its title once, and an example page's links to its files go to the
// file's code on the page.
import { Application, PageEvent, Renderer } from 'typedoc';

/**
 * typedoc makes a heading's anchor and its "On This Page" entry from the heading's plain text, which leaves out
 * code spans: `## \`generateToken(…)\`` would get the anchor `#_` and an empty entry. This markdown-it rule
 * writes each code span of a heading as `<code>`, its text, `</code>`: the same HTML, and text typedoc sees.
 */
function headingCodeAsText(state) {
  for (const [index, token] of state.tokens.entries()) {
    if (token.type !== 'heading_open') continue;
    const inline = state.tokens[index + 1];
    if (inline?.type !== 'inline' || !inline.children?.some((child) => child.type === 'code_inline')) continue;
    inline.children = inline.children.flatMap((child) => {
      if (child.type !== 'code_inline') return [child];
      const open = new state.Token('html_inline', '', 0);
      open.content = '<code>';
      const text = new state.Token('text', '', 0);
      text.content = child.content;
      const close = new state.Token('html_inline', '', 0);
      close.content = '</code>';
      return [open, text, close];
    });
  }
}

/** Drops the `# title` a package README starts with: the page already has the package's name as its title. */
function dropReadmeTitle(reflection) {
  const [first] = reflection.readme ?? [];
  if (first?.kind === 'text') first.text = first.text.replace(/^\s*#[ \t][^\n]*\n+/, '');
}

const textOf = (html) => html.replace(/<[^>]*>/g, '').trim();

/**
 * typedoc copies a file a Markdown page links to into `media/` and links there. When the page also shows that
 * file's code under a heading named like the link (an example page: `### src/main.ts`), the link goes to the
 * heading instead.
 */
function linkFilesToTheirCode(page) {
  if (!page.contents) return;
  const headings = new Map();
  for (const [, id, inner] of page.contents.matchAll(/<h[1-6] id="([^"]+)"[^>]*>(.*?)<a href="#/g)) headings.set(textOf(inner), id);
  page.contents = page.contents.replace(/<a href="[^"]*\/media\/[^"]*"([^>]*)>(.*?)<\/a>/g, (link, attributes, inner) => {
    const id = headings.get(textOf(inner));
    return id ? `<a href="#${id}"${attributes}>${inner}</a>` : link;
  });
}

export function load(app) {
  // After bootstrap: the options are read (and reset) while plugins load.
  app.on(Application.EVENT_BOOTSTRAP_END, () => {
    app.options.setValue('markdownItLoader', (parser) => parser.core.ruler.push('heading-code-as-text', headingCodeAsText));
  });
  app.renderer.on(Renderer.EVENT_BEGIN, (event) => {
    for (const module of event.project.children ?? []) dropReadmeTitle(module);
  });
  app.renderer.on(PageEvent.END, linkFilesToTheirCode);
}
