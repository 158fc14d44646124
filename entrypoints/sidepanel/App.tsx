import { useBoundTab } from './use-bound-tab';
import { useTabState } from './use-tab-state';

export function App() {
  const tab = useBoundTab();
  const state = useTabState(tab?.id);

  return (
    <main className="panel">
      <header className="panel-header">
        <h1>Video Model Atlas</h1>
      </header>
      {tab === undefined ? (
        <p role="status">Loading…</p>
      ) : tab === null ? (
        <p>No page is open in this window.</p>
      ) : (
        <section aria-labelledby="page-heading">
          <h2 id="page-heading">This page</h2>
          <p className="page-title">{state?.title || tab.title || tab.url || 'This tab'}</p>
          {state === undefined ? (
            <p role="status">Loading…</p>
          ) : state === null || (tab.url !== '' && state.url !== tab.url) ? (
            <p>This page has not been scanned. Use the toolbar button to scan it.</p>
          ) : state.mentions.length === 0 ? (
            <p>No models on this page.</p>
          ) : (
            <ul aria-label="Models on this page">
              {state.mentions.map((m) => (
                <li key={m.id}>
                  {m.id} <span className="count">×{m.count}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </main>
  );
}
