/**
 * Organisation strings in the KB often name several labs at once
 * ("Stability AI, CompVis (LMU Munich) & Runway"); these helpers split them so
 * each lab can be looked up on its own.
 */

/** Splits on `separator` where it is not inside parentheses. */
function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === separator && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/**
 * The individual organisations in an `organization` string, as written, plus
 * each without its parenthetical ("CompVis (LMU Munich)" also gives "CompVis").
 * Commas split only in a list that also has "&", because a lone comma is part
 * of one name ("University of Maryland, College Park").
 */
export function organizationParts(organization: string): string[] {
  const byAmpersand = splitTopLevel(organization, '&');
  const parts =
    byAmpersand.length > 1 ? byAmpersand.flatMap((p) => splitTopLevel(p, ',')) : byAmpersand;
  const out = new Set<string>();
  for (const part of parts) {
    out.add(part);
    const bare = part.replace(/\s*\([^)]*\)/g, '').trim();
    if (bare !== '') out.add(bare);
  }
  return [...out];
}

/** Lower-cased, space-collapsed key for comparing organisation names. */
export function organizationKey(name: string): string {
  return name.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** True when `organization` is `name`, or one of its parts is (ignoring case). */
export function organizationMatches(organization: string, name: string): boolean {
  const key = organizationKey(name);
  if (key === '') return false;
  if (organizationKey(organization) === key) return true;
  return organizationParts(organization).some((part) => organizationKey(part) === key);
}
