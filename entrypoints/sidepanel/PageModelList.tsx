/**
 * The page's models grouped by era (each in its colour), then image models
 * and concepts, with counts, and "Next mention" scrolling the page to each
 * mention in turn.
 */
import { useState } from 'react';
import { sendToTab } from '@/lib/messages';
import { MentionRow, type MentionPosition } from './MentionRow';
import { pageSummaryLine, type PageEntry, type PageGroup, type PageModels } from './page-models';

function groupTitle(group: PageGroup): string {
  if (group.kind === 'era') return group.era.name;
  return group.kind === 'image' ? 'Image models' : 'Concepts';
}

export function PageModelList({ tabId, models }: { tabId: number; models: PageModels }) {
  const [positions, setPositions] = useState<Record<string, MentionPosition>>({});
  const [status, setStatus] = useState('');

  const next = async (entry: PageEntry) => {
    const n = (positions[entry.id]?.index ?? -1) + 1;
    try {
      const answer = await sendToTab(tabId, 'scrollToMention', { id: entry.id, n });
      if (answer.found) {
        setPositions((before) => ({
          ...before,
          [entry.id]: { index: answer.index, total: answer.total },
        }));
        setStatus(`${entry.name}: mention ${answer.index + 1} of ${answer.total}`);
      } else {
        setStatus(`${entry.name} is no longer on the page; it may have changed.`);
      }
    } catch {
      setStatus('The page did not answer. Reload it and try again.');
    }
  };

  return (
    <div className="page-models">
      <p className="summary-line">{pageSummaryLine(models)}</p>
      {models.groups.map((group) => {
        const title = groupTitle(group);
        const headingId = `group-${group.kind === 'era' ? group.era.id : group.kind}`;
        return (
          <section
            key={headingId}
            className="model-group"
            aria-labelledby={headingId}
            style={group.kind === 'era' ? { borderLeftColor: group.era.color } : undefined}
          >
            <h3 id={headingId} className="group-heading">
              {group.kind === 'era' && (
                <span
                  className="swatch"
                  style={{ background: group.era.color }}
                  aria-hidden="true"
                />
              )}
              {title}
              <span className="count"> · {group.entries.length}</span>
            </h3>
            <ul className="mention-list">
              {group.entries.map((entry) => (
                <MentionRow
                  key={entry.id}
                  entry={entry}
                  kind={group.kind === 'concept' ? 'concept' : 'model'}
                  position={positions[entry.id] ?? null}
                  onNext={(e) => void next(e)}
                />
              ))}
            </ul>
          </section>
        );
      })}
      <p role="status" className="mention-status">
        {status}
      </p>
    </div>
  );
}
