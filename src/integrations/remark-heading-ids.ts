/*
 * "## Salaries \{#salaries\}" in MDX (or "## Salaries {#salaries}" in Markdown) gives the heading a
 * fixed id, so links from other pages survive a reworded heading. Astro keeps an id that is set.
 */
interface Node {
  type: string;
  value?: string;
  depth?: number;
  children?: Node[];
  data?: { hProperties?: Record<string, unknown> };
}

const MARK = /\s*\{#([a-z0-9-]+)\}\s*$/;

export function remarkHeadingIds() {
  return (tree: Node) => {
    const visit = (node: Node) => {
      if (node.type === 'heading') {
        const last = node.children?.at(-1);
        const match = last?.type === 'text' ? last.value?.match(MARK) : null;
        if (last && match) {
          last.value = last.value!.replace(MARK, '');
          node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: match[1] } };
        }
      }
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}
