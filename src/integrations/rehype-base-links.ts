/*
 * Content links are written from the site root ("/salaries/"); this prefixes them with the base
 * path so the same Markdown works at https://example.com/ and https://example.com/ai-102/.
 */
interface Node {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}

export function rehypeBaseLinks(base: string) {
  const prefix = base.replace(/\/$/, '');
  return () => (tree: Node) => {
    const visit = (node: Node) => {
      const href = node.properties?.href;
      if (node.tagName === 'a' && typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) {
        if (prefix && !href.startsWith(`${prefix}/`)) node.properties!.href = prefix + href;
      }
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}
