/** What the page is: a known model's paper, another arXiv paper, or a page on some site. */
import { monthLabel } from '@/components/partial-dates';
import { cleanTitle, type PageIdentity } from './page-identity';
import { usePanel } from './panel-context';

export function PageIdentityCard({ identity }: { identity: PageIdentity }) {
  const { open } = usePanel();
  const model = identity.model;
  const title =
    cleanTitle(identity.title) || identity.url || 'A page the atlas cannot see into yet';
  return (
    <div className="identity">
      {model ? (
        <p className="identity-lead">
          This paper introduces{' '}
          <button
            type="button"
            className="text-link"
            onClick={() => open({ view: 'model', id: model.id })}
          >
            {model.name}
          </button>
        </p>
      ) : identity.arxivId ? (
        <p className="identity-lead">An arXiv paper</p>
      ) : null}
      <p className="page-title">{title}</p>
      <p className="identity-meta">
        {identity.arxivId ? (
          <>
            arXiv:{identity.arxivId}
            {identity.month && ` · submitted ${monthLabel(identity.month)}`}
          </>
        ) : (
          identity.site || 'this tab'
        )}
      </p>
    </div>
  );
}
