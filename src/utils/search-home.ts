import { href } from './url';

/** The page each shared component belongs to: search indexes its text there and nowhere else. */
export const HOME = {
  salaryTable: '/salaries/',
  certificationTable: '/certifications/',
  certificationPath: '/certifications/',
} as const;

/**
 * The value of data-pagefind-ignore for a shared component rendered on `url`: "all" on any page but its
 * home, so one text gives one search result (the copy in the guide would otherwise double every hit).
 */
export const ignoreCopy = (url: URL, home: string): 'all' | undefined => (url.pathname === href(home) ? undefined : 'all');
