/** A model's sources as links, shown as site and path. */

function shortUrl(url: string): string {
  try {
    const u = new URL(url);
    const host = u.hostname.replace(/^www\./, '');
    const path = u.pathname.replace(/\/$/, '');
    return path ? `${host}${path}` : host;
  } catch {
    return url;
  }
}

export function SourceList({ sources }: { sources: readonly string[] }) {
  return (
    <ul className="sources">
      {sources.map((url) => (
        <li key={url}>
          <a href={url} target="_blank" rel="noreferrer">
            {shortUrl(url)}
          </a>
        </li>
      ))}
    </ul>
  );
}
