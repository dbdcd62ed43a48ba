/** The site's pages in reading order: the main navigation, and what the offline page offers. */
export const SITE_PAGES = [
  { path: '/', label: 'Guide' },
  { path: '/salaries/', label: 'Salaries' },
  { path: '/certifications/', label: 'Certifications' },
  { path: '/faq/', label: 'FAQ' },
  { path: '/quiz/', label: 'Practice quiz' },
] as const;
