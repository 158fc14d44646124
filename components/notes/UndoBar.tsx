/** "Note deleted. Undo" for a few seconds after a delete. */
import './notes.css';

export function UndoBar({ onUndo, onDismiss }: { onUndo(): void; onDismiss(): void }) {
  return (
    <div className="undo-bar" role="status">
      <span>Note deleted.</span>
      <button type="button" onClick={onUndo}>
        Undo
      </button>
      <button type="button" className="link-button" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
