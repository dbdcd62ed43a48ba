export interface QuizProps {
  bankUrl: string;
  /** Domains with their question counts in the free bank. */
  domains: { id: number; name: string; count: number }[];
  /** The guide's URL; a domain's section is `${guideUrl}#domain-N`. */
  guideUrl: string;
  checkout: { url: string; priceLabel: string; features: string[] };
}

export const domainName = (props: QuizProps, id: number) => props.domains.find((d) => d.id === id)?.name ?? `Domain ${id}`;
