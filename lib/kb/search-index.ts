/**
 * The data a KB search runs over: one entry per model and concept, and a
 * de-duplicated list of the short texts (names, aliases, organisations,
 * concept names) that point back at them. Many models share an organisation
 * or a concept, so fuzzy-matching each distinct text once, rather than once
 * per model, is what keeps a keystroke's search to a few milliseconds.
 */
import { organizationParts } from './organizations';
import { foldSearchText, searchWords } from './search-text';
import type { KnowledgeBase } from './types';

/** Where in an entry a text was found. */
export type SearchField = 'name' | 'aliases' | 'organization' | 'concepts' | 'summary';

/** How much a match in each field counts; a model's own names count most. */
export const FIELD_WEIGHT: Readonly<Record<SearchField, number>> = {
  name: 1,
  aliases: 0.9,
  organization: 0.7,
  concepts: 0.5,
  summary: 0.3,
};

/** One model or concept as the search sees it. */
export interface SearchEntry {
  kind: 'model' | 'concept';
  id: string;
  name: string;
  summary: string;
  organization?: string;
  released?: string;
  era?: string;
  family?: string;
  /** The folded summary as ` word word … `, for cheap whole-word and prefix tests. */
  summaryWords: string;
}

/** One distinct folded text and every entry (and field) it belongs to. */
export interface SearchTerm {
  folded: string;
  /** The text as the KB writes it (first spelling seen). */
  text: string;
  postings: { entry: number; field: SearchField }[];
}

/** Entries plus the term list the fuzzy matcher walks. */
export interface SearchIndex {
  entries: SearchEntry[];
  terms: SearchTerm[];
}

function summaryWords(summary: string): string {
  return ` ${searchWords(foldSearchText(summary)).join(' ')} `;
}

/** Builds the entries and the de-duplicated term list for `kb`. */
export function buildSearchIndex(kb: KnowledgeBase): SearchIndex {
  const entries: SearchEntry[] = [];
  const terms = new Map<string, SearchTerm>();
  const add = (text: string, entry: number, field: SearchField): void => {
    const folded = foldSearchText(text);
    if (folded === '') return;
    let term = terms.get(folded);
    if (!term) {
      term = { folded, text, postings: [] };
      terms.set(folded, term);
    }
    if (!term.postings.some((p) => p.entry === entry && p.field === field))
      term.postings.push({ entry, field });
  };

  const conceptName = new Map(kb.concepts.map((c) => [c.id, c.name]));
  for (const m of kb.models) {
    const index = entries.length;
    entries.push({
      kind: 'model',
      id: m.id,
      name: m.name,
      summary: m.summary,
      organization: m.organization,
      released: m.released,
      era: m.era,
      family: m.family,
      summaryWords: summaryWords(m.summary),
    });
    add(m.name, index, 'name');
    for (const a of m.aliases) add(a, index, 'aliases');
    for (const o of [m.organization, ...organizationParts(m.organization)])
      add(o, index, 'organization');
    for (const c of m.concepts) add(conceptName.get(c) ?? c, index, 'concepts');
  }
  for (const c of kb.concepts) {
    const index = entries.length;
    entries.push({
      kind: 'concept',
      id: c.id,
      name: c.name,
      summary: c.summary,
      summaryWords: summaryWords(c.summary),
    });
    add(c.name, index, 'name');
    for (const a of c.aliases) add(a, index, 'aliases');
  }
  return { entries, terms: [...terms.values()] };
}
