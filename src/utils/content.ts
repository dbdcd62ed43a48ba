import { getCollection, getEntry } from 'astro:content';

export async function getSettings() {
  const entry = await getEntry('settings', 'settings');
  if (!entry) throw new Error('content/settings.json is missing');
  return entry.data;
}

/**
 * What the shared pages (salaries, certifications) show: the one salaries file and the one
 * certifications file in content/, whichever exam they were written for.
 */
export async function getShared() {
  const [salaries, certifications] = await Promise.all([getCollection('salaries'), getCollection('certifications')]);
  if (!salaries[0]) throw new Error('content/salaries/ is empty');
  if (!certifications[0]) throw new Error('content/certifications/ is empty');
  return { salaries: salaries[0].data, certifications: certifications[0].data };
}
