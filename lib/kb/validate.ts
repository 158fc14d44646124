/**
 * Checks the knowledge base: every entry fits its schema, ids are unique,
 * names are not claimed twice, cross-references resolve, dates and arXiv IDs
 * are well-formed and consistent. Each problem names its file and entry.
 */
import type { Architecture, Concept, Era, KnowledgeBase, Model } from './types';

/** Where a list of entries came from, so problems can name the file. */
export interface SourceFile<T> {
  file: string;
  entries: T[];
}

export interface KbSources {
  eras: SourceFile<Era>;
  architectures: SourceFile<Architecture>;
  concepts: SourceFile<Concept>;
  models: SourceFile<Model>[];
}

export interface Problem {
  file: string;
  entry: string;
  field: string;
  message: string;
}

/** One line per problem: `file › entry › field: message`. */
export function formatProblem(p: Problem): string {
  return `${p.file} › ${p.entry} › ${p.field}: ${p.message}`;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;
const ARXIV = /^(\d{2})(\d{2})\.\d{4,5}$/;
const COLOR = /^#[0-9a-f]{6}$/i;

/** Month index (year*12 + month-1) of a `YYYY-MM[-DD]` date, or null when malformed. */
export function monthIndex(date: string): number | null {
  const m = DATE.exec(date);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return year * 12 + month - 1;
}

/** Month index encoded by a modern arXiv ID (`YYMM.NNNNN`), or null. */
export function arxivMonthIndex(id: string): number | null {
  const m = ARXIV.exec(id);
  if (!m) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  return (2000 + Number(m[1])) * 12 + month - 1;
}

/** Folds a name for comparison: case, diacritics and runs of space. */
export function nameKey(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

function isUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const u = new URL(value);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

type Check = (ok: boolean, field: string, message: string) => void;

function checker(problems: Problem[], file: string, entry: string): Check {
  return (ok, field, message) => {
    if (!ok) problems.push({ file, entry, field, message });
  };
}

function isText(v: unknown, min = 1, max = 2000): v is string {
  return typeof v === 'string' && v.trim().length >= min && v.length <= max;
}

function isStringList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((s) => typeof s === 'string' && s.trim() !== '');
}

function checkUnique<T extends { id: string }>(
  problems: Problem[],
  lists: SourceFile<T>[],
  what: string,
): Map<string, T> {
  const seen = new Map<string, { file: string; entry: T }>();
  for (const { file, entries } of lists) {
    for (const entry of entries) {
      const check = checker(problems, file, String(entry?.id));
      check(
        typeof entry?.id === 'string' && ID.test(entry.id),
        'id',
        `${what} id must be kebab-case`,
      );
      const before = seen.get(entry?.id);
      check(!before, 'id', `duplicate ${what} id (also in ${before?.file})`);
      if (!before) seen.set(entry.id, { file, entry });
    }
  }
  return new Map([...seen].map(([id, v]) => [id, v.entry]));
}

function checkEra(check: Check, era: Era): void {
  check(isText(era.name), 'name', 'missing');
  check(monthIndex(era.start) !== null, 'start', `"${era.start}" is not YYYY-MM`);
  check(
    era.end === null || monthIndex(era.end) !== null,
    'end',
    `"${era.end}" is not YYYY-MM or null`,
  );
  check(COLOR.test(era.color ?? ''), 'color', 'must be #rrggbb');
  check(isText(era.summary, 40), 'summary', 'missing or too short');
  check(isStringList(era.hallmarks) && era.hallmarks.length > 0, 'hallmarks', 'needs at least one');
}

function checkArchitecture(check: Check, arch: Architecture, concepts: Map<string, Concept>): void {
  check(isText(arch.name), 'name', 'missing');
  check(COLOR.test(arch.color ?? ''), 'color', 'must be #rrggbb');
  check(isText(arch.summary, 20), 'summary', 'missing or too short');
  check(isText(arch.explanation, 100, 4000), 'explanation', 'missing or too short');
  check(isStringList(arch.concepts), 'concepts', 'must be a list of concept ids');
  for (const c of arch.concepts ?? []) check(concepts.has(c), 'concepts', `unknown concept "${c}"`);
}

function checkNameLists(check: Check, entry: Concept | Model): void {
  const names = new Set([entry.name, ...(entry.aliases ?? [])]);
  for (const field of ['caseSensitive', 'needsContext', 'notDetected'] as const) {
    const list = entry[field];
    if (list === undefined) continue;
    check(isStringList(list), field, 'must be a list of names');
    for (const n of list ?? []) check(names.has(n), field, `"${n}" is not the name or an alias`);
  }
}

function checkConcept(check: Check, concept: Concept): void {
  check(isText(concept.name), 'name', 'missing');
  check(isStringList(concept.aliases), 'aliases', 'must be a list of names');
  check(isText(concept.summary, 40), 'summary', 'missing or too short');
  checkNameLists(check, concept);
}

interface ModelRefs {
  eras: Map<string, Era>;
  families: Map<string, Architecture>;
  concepts: Map<string, Concept>;
  models: Map<string, Model>;
}

function checkModel(check: Check, model: Model, refs: ModelRefs): void {
  check(isText(model.name), 'name', 'missing');
  check(isStringList(model.aliases), 'aliases', 'must be a list of names');
  check(model.kind === 'video' || model.kind === 'image', 'kind', 'must be "video" or "image"');
  check(isText(model.organization), 'organization', 'missing');
  check(typeof model.openWeights === 'boolean', 'openWeights', 'must be true or false');
  check(isText(model.summary, 60, 1200), 'summary', 'missing or too short (2–4 sentences)');
  check(
    Array.isArray(model.sources) && model.sources.length > 0 && model.sources.every(isUrl),
    'sources',
    'needs at least one http(s) URL',
  );

  const released = monthIndex(model.released ?? '');
  check(
    released !== null,
    'released',
    `"${model.released}" is not a real YYYY-MM or YYYY-MM-DD date`,
  );

  if (model.arxiv !== undefined) {
    const arxiv = arxivMonthIndex(model.arxiv);
    check(arxiv !== null, 'arxiv', `"${model.arxiv}" is not a bare arXiv ID like 2311.15127`);
    if (arxiv !== null && released !== null) {
      check(arxiv >= released, 'arxiv', `${model.arxiv} is older than released ${model.released}`);
    }
    check(
      model.sources?.some((s) => s.includes(model.arxiv ?? '')) ?? false,
      'sources',
      'should cite the arXiv abstract page of its paper',
    );
  }
  if (model.paper !== undefined) {
    check(isText(model.paper.title), 'paper.title', 'missing');
    check(
      isStringList(model.paper.authors) && model.paper.authors.length > 0,
      'paper.authors',
      'needs authors',
    );
  }

  const era = refs.eras.get(model.era);
  check(era !== undefined, 'era', `unknown era "${model.era}"`);
  if (era && released !== null) {
    const start = monthIndex(era.start) ?? 0;
    const end = era.end === null ? Infinity : (monthIndex(era.end) ?? Infinity);
    const inside = released >= start && released <= end;
    check(
      inside || isText(model.outsideEra),
      'released',
      `${model.released} is outside era "${era.id}" (${era.start}–${era.end ?? 'now'}); fix it or explain in outsideEra`,
    );
  }
  check(refs.families.has(model.family), 'family', `unknown family "${model.family}"`);
  check(isStringList(model.concepts), 'concepts', 'must be a list of concept ids');
  for (const c of model.concepts ?? [])
    check(refs.concepts.has(c), 'concepts', `unknown concept "${c}"`);
  check(isStringList(model.buildsOn), 'buildsOn', 'must be a list of model ids');
  for (const b of model.buildsOn ?? []) {
    check(refs.models.has(b), 'buildsOn', `unknown model "${b}"`);
    check(b !== model.id, 'buildsOn', 'a model cannot build on itself');
  }
  checkNameLists(check, model);
  if (model.otherSenses !== undefined) {
    check(
      isStringList(model.otherSenses) && model.otherSenses.length > 0,
      'otherSenses',
      'must be a list of words',
    );
    check(
      (model.needsContext ?? []).length > 0,
      'otherSenses',
      'only for a model with needsContext names',
    );
    for (const w of model.otherSenses ?? [])
      check(
        typeof w === 'string' && w.trim() === w && w.length > 1 && w === w.toLowerCase(),
        'otherSenses',
        `"${String(w)}" must be a trimmed lower-case word`,
      );
    const words = Array.isArray(model.otherSenses) ? model.otherSenses : [];
    const twice = words.filter((w, i) => words.indexOf(w) !== i);
    check(twice.length === 0, 'otherSenses', `listed twice: ${twice.join(', ')}`);
  }
  for (const s of model.sharedAliases ?? []) {
    check(model.aliases.includes(s), 'sharedAliases', `"${s}" is not an alias`);
  }
}

interface NameOwner {
  file: string;
  id: string;
  shared: boolean;
}

/** No name or alias may belong to two entries unless both declare it shared. */
function checkNamesUnique(problems: Problem[], sources: KbSources): void {
  const owners = new Map<string, NameOwner[]>();
  const claim = (key: string, owner: NameOwner) => {
    const list = owners.get(key) ?? [];
    if (!list.some((o) => o.id === owner.id)) list.push(owner);
    owners.set(key, list);
  };
  for (const c of sources.concepts.entries) {
    for (const n of [c.name, ...(c.aliases ?? [])]) {
      claim(nameKey(n), { file: sources.concepts.file, id: `concept:${c.id}`, shared: false });
    }
  }
  for (const { file, entries } of sources.models) {
    for (const m of entries) {
      const shared = new Set(m.sharedAliases ?? []);
      for (const n of [m.name, ...(m.aliases ?? [])]) {
        claim(nameKey(n), { file, id: m.id, shared: shared.has(n) });
      }
    }
  }
  for (const [name, list] of owners) {
    if (list.length < 2 || list.every((o) => o.shared)) continue;
    const [first, ...rest] = list;
    for (const other of rest) {
      problems.push({
        file: other.file,
        entry: other.id,
        field: 'aliases',
        message: `"${name}" is also a name of ${first?.id} (${first?.file}); declare it in sharedAliases on both or remove it`,
      });
    }
  }
}

/** Finds cycles in `buildsOn` (a model cannot be its own ancestor). */
function checkLineageAcyclic(
  problems: Problem[],
  sources: KbSources,
  models: Map<string, Model>,
): void {
  const fileOf = new Map<string, string>();
  for (const { file, entries } of sources.models) for (const m of entries) fileOf.set(m.id, file);
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string, path: string[]): void => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'open') {
      problems.push({
        file: fileOf.get(id) ?? '?',
        entry: id,
        field: 'buildsOn',
        message: `lineage cycle: ${[...path, id].join(' → ')}`,
      });
      return;
    }
    state.set(id, 'open');
    for (const parent of models.get(id)?.buildsOn ?? [])
      if (models.has(parent)) visit(parent, [...path, id]);
    state.set(id, 'done');
  };
  for (const id of models.keys()) visit(id, []);
}

/** Validates the whole knowledge base; an empty list means it is clean. */
export function validateKnowledgeBase(sources: KbSources): Problem[] {
  const problems: Problem[] = [];
  const eras = checkUnique(problems, [sources.eras], 'era');
  const families = checkUnique(problems, [sources.architectures], 'architecture');
  const concepts = checkUnique(problems, [sources.concepts], 'concept');
  const models = checkUnique(problems, sources.models, 'model');

  // Pages report mentions by id; a concept and a model must never share one.
  for (const { file, entries } of sources.models) {
    for (const m of entries) {
      checker(problems, file, m.id)(!concepts.has(m.id), 'id', 'is also a concept id');
    }
  }
  for (const era of sources.eras.entries)
    checkEra(checker(problems, sources.eras.file, era.id), era);
  for (const a of sources.architectures.entries) {
    checkArchitecture(checker(problems, sources.architectures.file, a.id), a, concepts);
  }
  for (const c of sources.concepts.entries)
    checkConcept(checker(problems, sources.concepts.file, c.id), c);
  const refs = { eras, families, concepts, models };
  for (const { file, entries } of sources.models) {
    for (const m of entries) checkModel(checker(problems, file, m.id), m, refs);
  }
  checkNamesUnique(problems, sources);
  checkLineageAcyclic(problems, sources, models);
  return problems;
}

/** Joins the sources into one knowledge base (after validation). */
export function joinSources(sources: KbSources): KnowledgeBase {
  return {
    eras: sources.eras.entries,
    architectures: sources.architectures.entries,
    concepts: sources.concepts.entries,
    models: sources.models.flatMap((s) => s.entries),
  };
}
