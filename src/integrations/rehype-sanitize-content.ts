/*
 * Markdown from content/ (guide, FAQ, every question field, case studies) passes this allow-list at
 * build time: only the tags and attributes the content uses survive, links may only be http(s),
 * mailto or relative, and <script>, event handlers and javascript: URLs never reach the HTML or the
 * bank JSON. The page's CSP stays as the second guard. Raw HTML is not part of the allow-list: write
 * Markdown. In the MDX guide, the site's own components are kept (with plain string attributes);
 * any other JSX, import, export or {expression} is removed.
 */
import type { Root } from 'hast';
import rehypeSanitize, { type Options as Schema } from 'rehype-sanitize';

/** The element that holds a kept component's place while the tree is sanitized. */
const KEEP = 'x-content-component';

export const contentSchema: Schema = {
  tagNames: [
    'a',
    'p',
    'br',
    'hr',
    'strong',
    'em',
    'b',
    'i',
    'del',
    'sup',
    'sub',
    'span',
    'code',
    'pre',
    'kbd',
    'ul',
    'ol',
    'li',
    'blockquote',
    'h2',
    'h3',
    'h4',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    KEEP,
  ],
  attributes: {
    a: ['href', 'title'],
    code: [['className', /^language-[\w-]+$/]],
    ol: ['start'],
    th: ['align'],
    td: ['align'],
    h2: ['id'],
    h3: ['id'],
    h4: ['id'],
    [KEEP]: ['dataKeep'],
  },
  protocols: { href: ['http', 'https', 'mailto'] },
  ancestors: { tbody: ['table'], thead: ['table'], tr: ['table'], th: ['table'], td: ['table'] },
  // Ids are ours (heading anchors), so they keep their names.
  clobber: [],
  clobberPrefix: '',
  strip: ['script', 'style'],
};

interface Node {
  type: string;
  name?: string | null;
  tagName?: string;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

const isJsx = (n: Node) => n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement';

/**
 * Swaps each allowed component for a placeholder element, sanitizes the tree, then puts the
 * components back. Components must be in `components`; their attributes must be literal strings.
 */
const sanitizeTree = rehypeSanitize(contentSchema);

export function rehypeSanitizeContent(options: { components?: readonly string[] } = {}) {
  const allowed = new Set(options.components ?? []);
  return () =>
    (root: Root): Root => {
      const tree = root as unknown as Node;
      const kept: Node[] = [];
      const stash = (node: Node) => {
        node.children = node.children?.map((child) => {
          if (isJsx(child) && child.name && allowed.has(child.name)) {
            child.attributes = (child.attributes ?? []).filter((a) => a.type === 'mdxJsxAttribute' && typeof a.value === 'string');
            child.children = [];
            kept.push(child);
            return { type: 'element', tagName: KEEP, properties: { dataKeep: String(kept.length - 1) }, children: [] };
          }
          stash(child);
          return child;
        });
      };
      stash(tree);
      const clean = sanitizeTree(root) as unknown as Node;
      const restore = (node: Node): Node => {
        if (node.type === 'element' && node.tagName === KEEP) return kept[Number(node.properties?.dataKeep)]!;
        node.children = node.children?.map(restore);
        return node;
      };
      return restore(clean) as unknown as Root;
    };
}
