/** Adds a model to the comparison, or takes it out again. */
import { COMPARE_MAX } from './compare-list';
import { usePanel } from './panel-context';

export function AddToCompareButton({
  id,
  name,
  compact = false,
}: {
  id: string;
  name: string;
  compact?: boolean;
}) {
  const { compare, addToCompare, removeFromCompare } = usePanel();
  const inList = compare.includes(id);
  const full = !inList && compare.length >= COMPARE_MAX;
  // In a list the button names its model; on a model's own view the heading does.
  const label = compact
    ? inList
      ? `Remove ${name} from compare`
      : `Add ${name} to compare`
    : undefined;
  return (
    <button
      type="button"
      className={compact ? 'small' : undefined}
      aria-label={label}
      title={full ? `The comparison holds ${COMPARE_MAX} models; remove one first` : undefined}
      disabled={full}
      onClick={() => (inList ? removeFromCompare(id) : addToCompare(id))}
    >
      <span aria-hidden="true">{inList ? '✓' : '+'}</span>{' '}
      {compact ? 'Compare' : inList ? 'Remove from compare' : 'Add to compare'}
    </button>
  );
}
