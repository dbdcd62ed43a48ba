/*
 * Plain text from a Markdown tree, for screen readers and search: what hast-util-to-string does (it is not
 * installed; Astro's Markdown stack brings hast-util-to-text, a larger layout-aware cousin, only as its own
 * dependency), over the same tree the HTML is made from. Text nodes hold characters, never entities, so no
 * "&#x3C;" or "&#x26;" can reach a live region or the search index.
 */
import type { Nodes, Root } from 'hast';
import type { VFile } from 'vfile';

/** The text of a hast node and everything in it, with runs of whitespace made one space. */
export function hastText(node: Nodes): string {
  return collect(node).replace(/\s+/g, ' ').trim();
}

function collect(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'root' || node.type === 'element') return node.children.map((c) => collect(c as Nodes)).join('');
  return '';
}

/** Where rehypePlainText leaves the text: the render's metadata (markdown-remark returns file.data.astro.frontmatter). */
export const PLAIN_KEY = 'plainText';

/** A rehype plugin that records the finished tree's plain text beside the HTML the render returns. */
export function rehypePlainText() {
  return (tree: Root, file: VFile) => {
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter[PLAIN_KEY] = hastText(tree);
  };
}
