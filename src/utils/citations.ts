import { sourceKey, type FactGroup, type Source } from '../schemas/sources';

export interface NumberedSource {
  n: number;
  source: Source;
}

/**
 * The numbered sources of one page. A page registers every fact group it shows, in reading order,
 * before anything renders; components then ask for a group's numbers. Numbering up front keeps it
 * independent of the order in which Astro happens to render sibling components.
 */
export class Citations {
  private byUrl = new Map<string, NumberedSource>();

  register(...groups: (FactGroup | undefined)[]): this {
    for (const group of groups) {
      for (const source of group?.sources ?? []) {
        const key = sourceKey(source);
        if (!this.byUrl.has(key)) this.byUrl.set(key, { n: this.byUrl.size + 1, source });
      }
    }
    return this;
  }

  /** The numbers of a group's sources; a group the page forgot to register is a build error. */
  numbers(group: FactGroup): number[] {
    return group.sources.map((s) => {
      const found = this.byUrl.get(sourceKey(s));
      if (!found) throw new Error(`Source "${s.title}" (${s.url ?? 'no address'}) is cited but the page did not register its fact group`);
      return found.n;
    });
  }

  list(): NumberedSource[] {
    return [...this.byUrl.values()];
  }
}

/** The id of a source's entry in the page's Sources list, the target of every reference to it. */
export const sourceAnchor = (n: number) => `source-${n}`;
