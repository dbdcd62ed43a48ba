// CONTENT_DIR lets the tests build a deliberately broken copy of content/.
export const contentDir = (process.env.CONTENT_DIR ?? './content').replace(/\/$/, '');
