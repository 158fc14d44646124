/**
 * What a hover card or the panel shows for one model or concept, shaped from
 * the in-memory knowledge base. Pure functions over a `KnowledgeBase`, so the
 * background can answer every hover from memory without touching IndexedDB.
 */
import { bibtexFor } from './bibtex';
import { compareModels } from './model-order';
import type { Architecture, Concept, Era, KnowledgeBase, Model, ModelKind, Paper } from './types';

export { bibtexFor } from './bibtex';

/** An era as a card shows it: a coloured label. */
export interface EraBadge {
  id: string;
  name: string;
  color: string;
}

/** An architecture family as a card shows it: a coloured label and one line. */
export interface FamilyBadge {
  id: string;
  name: string;
  color: string;
  summary: string;
}

/** Everything a card needs for one model. */
export interface ModelCard {
  id: string;
  name: string;
  aliases: string[];
  kind: ModelKind;
  organization: string;
  released: string;
  arxiv: string | null;
  era: EraBadge;
  family: FamilyBadge;
  summary: string;
  openWeights: boolean;
  sources: string[];
  paper: Paper | null;
  /** BibTeX for `paper`, or null without one. */
  bibtex: string | null;
  /** Ids of the models this one builds on, as listed. */
  buildsOn: string[];
  /** Ids of the models that build on this one, oldest first. */
  builtOnBy: string[];
}

/** Everything a card needs for one concept. */
export interface ConceptCard {
  id: string;
  name: string;
  aliases: string[];
  summary: string;
  /** Architecture families this concept is part of. */
  families: FamilyBadge[];
  /** Ids of the models that use the concept, oldest first. */
  usedBy: string[];
}

/** Lookup tables for one knowledge base, built once per KB object. */
interface Lookup {
  models: Map<string, Model>;
  eras: Map<string, Era>;
  families: Map<string, Architecture>;
  concepts: Map<string, Concept>;
  children: Map<string, string[]>;
  users: Map<string, string[]>;
}

// Keyed weakly by the KB object: a hover costs map lookups, and a KB that is
// replaced (reseeded) takes its tables with it when it is collected.
const lookups = new WeakMap<KnowledgeBase, Lookup>();

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function lookupFor(kb: KnowledgeBase): Lookup {
  const cached = lookups.get(kb);
  if (cached) return cached;
  const children = new Map<string, string[]>();
  const users = new Map<string, string[]>();
  for (const m of [...kb.models].sort(compareModels)) {
    for (const parent of new Set(m.buildsOn)) push(children, parent, m.id);
    for (const c of new Set(m.concepts)) push(users, c, m.id);
  }
  const lookup: Lookup = {
    models: new Map(kb.models.map((m) => [m.id, m])),
    eras: new Map(kb.eras.map((e) => [e.id, e])),
    families: new Map(kb.architectures.map((a) => [a.id, a])),
    concepts: new Map(kb.concepts.map((c) => [c.id, c])),
    children,
    users,
  };
  lookups.set(kb, lookup);
  return lookup;
}

// A validated KB never lacks an era or family, but a card must still render
// if a hand-edited one does, so the id stands in with a neutral grey.
const FALLBACK_COLOR = '#808080';

function eraBadge(lookup: Lookup, id: string): EraBadge {
  const era = lookup.eras.get(id);
  return era ? { id, name: era.name, color: era.color } : { id, name: id, color: FALLBACK_COLOR };
}

function familyBadge(lookup: Lookup, id: string): FamilyBadge {
  const f = lookup.families.get(id);
  return f
    ? { id, name: f.name, color: f.color, summary: f.summary }
    : { id, name: id, color: FALLBACK_COLOR, summary: '' };
}

/** The card for model `id`, or null when the KB has no such model. */
export function modelCard(kb: KnowledgeBase, id: string): ModelCard | null {
  const lookup = lookupFor(kb);
  const m = lookup.models.get(id);
  if (!m) return null;
  return {
    id: m.id,
    name: m.name,
    aliases: [...m.aliases],
    kind: m.kind,
    organization: m.organization,
    released: m.released,
    arxiv: m.arxiv ?? null,
    era: eraBadge(lookup, m.era),
    family: familyBadge(lookup, m.family),
    summary: m.summary,
    openWeights: m.openWeights,
    sources: [...m.sources],
    paper: m.paper ? { ...m.paper, authors: [...m.paper.authors] } : null,
    bibtex: bibtexFor(m),
    // Only ids a card can link to.
    buildsOn: m.buildsOn.filter((p) => lookup.models.has(p)),
    builtOnBy: [...(lookup.children.get(m.id) ?? [])],
  };
}

/** The card for concept `id`, or null when the KB has no such concept. */
export function conceptCard(kb: KnowledgeBase, id: string): ConceptCard | null {
  const lookup = lookupFor(kb);
  const c = lookup.concepts.get(id);
  if (!c) return null;
  return {
    id: c.id,
    name: c.name,
    aliases: [...c.aliases],
    summary: c.summary,
    families: kb.architectures
      .filter((a) => a.concepts.includes(c.id))
      .map((a) => familyBadge(lookup, a.id)),
    usedBy: [...(lookup.users.get(c.id) ?? [])],
  };
}
