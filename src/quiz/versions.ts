/*
 * Each question in the bank JSON carries a version (a hash of its source, computed at build). An
 * attempt remembers the versions it started with, so on resume it can say which questions changed.
 */
export type Versions = Record<string, string>;

export function versionsOf(ids: readonly string[], byId: ReadonlyMap<string, { version?: string }>): Versions {
  const out: Versions = {};
  for (const id of ids) {
    const v = byId.get(id)?.version;
    if (v) out[id] = v;
  }
  return out;
}

/** Questions whose version differs from the one recorded; questions without a record are not "changed". */
export function changedQuestions(recorded: Versions, current: Versions): string[] {
  return Object.keys(current).filter((id) => id in recorded && recorded[id] !== current[id]);
}

export interface SeenVersions {
  attempt: string;
  versions: Versions;
}

export function decodeSeen(raw: string | undefined): SeenVersions | null {
  try {
    const v = JSON.parse(raw ?? 'null') as SeenVersions | null;
    const ok = v && typeof v.attempt === 'string' && v.versions && typeof v.versions === 'object';
    return ok && Object.values(v.versions).every((x) => typeof x === 'string') ? v : null;
  } catch {
    return null;
  }
}
