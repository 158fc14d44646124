/**
 * JSON with object keys sorted at every level, so two structurally equal
 * values always serialise to the same string whatever order their keys were
 * written in (which makes the string safe to hash).
 */

/** Serialises `value` like JSON.stringify, but with keys sorted recursively. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}
