/*
 * Content links are written from the site root ("/salaries/"); this prefixes them with the base
 * path so the same Markdown works at https://example.com/ and https://example.com/ai-102/.
 * Links to other sites are marked as such: a visible arrow and words for screen readers.
 */
interface Node {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
  value?: string;
}

export function rehypeBaseLinks(base: string) {
  const prefix = base.replace(/\/$/, '');
  return () => (tree: Node) => {
    const visit = (node: Node) => {
      const href = node.properties?.href;
      if (node.tagName === 'a' && typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) {
        if (prefix && !href.startsWith(`${prefix}/`)) node.properties!.href = prefix + href;
      }
      if (node.tagName === 'a' && typeof href === 'string' && /^https?:\/\//.test(href)) {
        markExternal(node);
        return;
      }
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}

const text = (value: string) => ({ type: 'text', value });

/** The same marks as src/components/sources/ExternalLink.astro. */
function markExternal(a: Node) {
  a.properties = { ...a.properties, className: ['external'], rel: ['noopener', 'noreferrer'] };
  a.children = [
    ...(a.children ?? []),
    { type: 'element', tagName: 'span', properties: { className: ['external-mark'], ariaHidden: 'true' }, children: [text('↗')] },
    { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [text(' (external site)')] },
  ];
}
