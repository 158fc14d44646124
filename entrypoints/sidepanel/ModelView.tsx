/**
 * One model in depth: what it is, the facts, where it sits on the timeline,
 * its era and architecture explained, its key ideas, its lineage, sources,
 * BibTeX and the reader's notes that mention it.
 */
import { LineageDiagram } from '@/components/LineageDiagram';
import { Timeline } from '@/components/Timeline';
import { lineageLevels } from '@/components/lineage-levels';
import { monthLabel } from '@/components/partial-dates';
import { bibtexFor } from '@/lib/kb/card';
import type { Concept } from '@/lib/kb/types';
import { AddToCompareButton } from './AddToCompareButton';
import { ArchitectureExplainer } from './ArchitectureExplainer';
import { ConceptButtons } from './ConceptButtons';
import { CopyBibtex } from './CopyBibtex';
import { EraExplainer } from './EraExplainer';
import { ModelFacts } from './ModelFacts';
import { NotesSection } from './NotesSection';
import { SourceList } from './SourceList';
import { ViewHeading } from './ViewHeading';
import { useAtlas } from './atlas-context';
import { usePanel } from './panel-context';

export function ModelView({ id, pageModelIds }: { id: string; pageModelIds: readonly string[] }) {
  const atlas = useAtlas();
  const { open } = usePanel();
  const model = atlas.model(id);
  const levels = lineageLevels(id, atlas);

  if (!model) {
    return (
      <>
        <ViewHeading>Unknown model</ViewHeading>
        <p>The atlas has no model “{id}”. It may have been renamed in an update; try the search.</p>
      </>
    );
  }
  const era = atlas.era(model.era);
  const family = atlas.family(model.family);
  const concepts = model.concepts.map((c) => atlas.concept(c)).filter((c): c is Concept => !!c);
  const bibtex = bibtexFor(model);
  const colorOf = (m: { family: string }) => atlas.family(m.family)?.color ?? '#808080';

  return (
    <article className="model-view" aria-labelledby="model-title">
      <ViewHeading
        kicker={
          <>
            {model.kind === 'image' ? 'Image model' : 'Video model'} · {model.organization} ·{' '}
            {monthLabel(model.released)}
          </>
        }
      >
        <span id="model-title">{model.name}</span>
      </ViewHeading>
      <p className="badges">
        {era && (
          <span className="badge" style={{ borderColor: era.color }}>
            <span className="swatch" style={{ background: era.color }} aria-hidden="true" />
            {era.name}
          </span>
        )}
        {family && (
          <span className="badge" style={{ borderColor: family.color }}>
            <span className="swatch" style={{ background: family.color }} aria-hidden="true" />
            {family.name}
          </span>
        )}
        {model.openWeights && <span className="badge">Open weights</span>}
      </p>
      <div className="actions">
        <AddToCompareButton id={model.id} name={model.name} />
        {bibtex && <CopyBibtex bibtex={bibtex} name={model.name} />}
      </div>
      <p className="summary">{model.summary}</p>

      <section className="view-section" aria-labelledby="facts-heading">
        <h3 id="facts-heading">Facts</h3>
        <ModelFacts model={model} era={era} family={family} />
      </section>

      <section className="view-section" aria-labelledby="model-timeline">
        <h3 id="model-timeline">On the timeline</h3>
        <Timeline
          kb={atlas.kb}
          label={`Timeline with ${model.name}`}
          current={model.id}
          emphasis={pageModelIds.filter((p) => p !== model.id)}
          onOpen={(mid) => open({ view: 'model', id: mid })}
          controls="none"
          labelRows={2}
        />
      </section>

      {era && <EraExplainer era={era} />}
      {family && <ArchitectureExplainer family={family} />}

      <section className="view-section" aria-labelledby="concepts-heading">
        <h3 id="concepts-heading">Key concepts</h3>
        <ConceptButtons concepts={concepts} from={id} />
      </section>

      <section className="view-section" aria-labelledby="lineage-heading">
        <h3 id="lineage-heading">Lineage</h3>
        <p className="muted">
          Builds on {levels.ancestors[0].length} model{levels.ancestors[0].length === 1 ? '' : 's'}{' '}
          in the atlas; built on by {atlas.builtOnBy(model.id).length}.
        </p>
        <LineageDiagram
          model={model}
          levels={levels}
          colorOf={colorOf}
          onOpen={(mid) => open({ view: 'model', id: mid })}
        />
      </section>

      <section className="view-section" aria-labelledby="sources-heading">
        <h3 id="sources-heading">Sources</h3>
        <SourceList sources={model.sources} />
      </section>

      <NotesSection
        title={`Your notes on ${model.name}`}
        articleUrl=""
        articleTitle=""
        modelId={model.id}
      />
    </article>
  );
}
