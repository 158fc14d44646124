/**
 * Names inside a web address ("https://www.vidu.studio/", "github.com/…/Wan2.1"
 * after a scheme) are part of the address, not prose naming the model.
 */

/** How far back to look for the start of the address. */
const URL_REACH = 256;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0xa0;
}

/**
 * True when `start` lies inside a run of non-space characters that holds
 * "://" before it or begins with "www.".
 */
export function insideUrl(text: string, start: number): boolean {
  const lo = Math.max(0, start - URL_REACH);
  let from = start;
  while (from > lo && !isSpace(text.charCodeAt(from - 1))) from--;
  if (from === start) return false;
  const token = text.slice(from, start);
  if (token.includes('://')) return true;
  // Skip opening punctuation: "(www.example.com".
  const www = token.search(/[A-Za-z]/);
  return www >= 0 && token.slice(www, www + 4).toLowerCase() === 'www.';
}
