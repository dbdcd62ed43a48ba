export interface Crumb {
  name: string;
  url: string;
}

export function breadcrumbList(crumbs: Crumb[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: c.name,
      item: c.url,
    })),
  };
}

export function faqPage(entries: { question: string; answerHtml: string }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: entries.map((e) => ({
      '@type': 'Question',
      name: e.question,
      acceptedAnswer: { '@type': 'Answer', text: e.answerHtml },
    })),
  };
}

export function article(a: {
  headline: string;
  description: string;
  url: string;
  published: Date;
  modified: Date;
  publisher: string;
  /** The exam the article is about, e.g. "AI-103: Developing AI Apps and Agents on Azure". */
  about?: string;
}) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: a.headline,
    description: a.description,
    mainEntityOfPage: a.url,
    datePublished: a.published.toISOString().slice(0, 10),
    dateModified: a.modified.toISOString().slice(0, 10),
    author: { '@type': 'Organization', name: a.publisher },
    publisher: { '@type': 'Organization', name: a.publisher },
    ...(a.about ? { about: { '@type': 'Thing', name: a.about } } : {}),
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the tag. */
export function serialize(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
