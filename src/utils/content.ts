import { getCollection, getEntry } from 'astro:content';

export async function getSettings() {
  const entry = await getEntry('settings', 'settings');
  if (!entry) throw new Error('content/settings.json is missing');
  return entry.data;
}

async function required<C extends 'exams' | 'salaries' | 'certifications' | 'guide'>(
  collection: C,
  id: string,
) {
  const entry = await getEntry(collection, id);
  if (!entry) throw new Error(`content/${collection}/ has no entry "${id}" (settings.exam)`);
  return entry;
}

/** Everything keyed by the exam the site is about (settings.exam). */
export async function getSiteContent() {
  const settings = await getSettings();
  const [exam, salaries, certifications, guide] = await Promise.all([
    required('exams', settings.exam),
    required('salaries', settings.exam),
    required('certifications', settings.exam),
    required('guide', settings.exam),
  ]);
  return {
    settings,
    exam: exam.data,
    salaries: salaries.data,
    certifications: certifications.data,
    guide,
  };
}

export async function getFaqs() {
  const all = await getCollection('faq');
  return all.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}
