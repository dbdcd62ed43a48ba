import type { APIRoute } from 'astro';
import { getSettings } from '../utils/content';

/** The web app manifest, with start URL and scope under the base path so the installed app works anywhere. */
export const GET: APIRoute = async () => {
  const settings = await getSettings();
  const base = import.meta.env.BASE_URL;
  const manifest = {
    name: settings.name,
    short_name: settings.name.split(' ').slice(0, 3).join(' '),
    description: settings.tagline,
    lang: settings.lang,
    start_url: base,
    scope: base,
    id: base,
    display: 'standalone',
    background_color: '#f7f8fb',
    theme_color: '#0b5cad',
    icons: [
      { src: `${base}icons/icon-192.png`, sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: `${base}icons/icon-512.png`, sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: `${base}icons/icon-512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: `${base}icons/icon.svg`, sizes: 'any', type: 'image/svg+xml' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
