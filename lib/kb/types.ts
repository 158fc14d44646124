/**
 * The knowledge base's data shapes. `data/README.md` documents them for people
 * adding entries; `validate.ts` checks that the JSON in `data/` fits them.
 */

/** `YYYY-MM` or `YYYY-MM-DD`. */
export type PartialDate = string;

export interface Era {
  id: string;
  name: string;
  /** First month of the era, `YYYY-MM`. */
  start: PartialDate;
  /** Last month, or `null` while it goes on. */
  end: PartialDate | null;
  /** CSS colour used for this era everywhere in the product. */
  color: string;
  summary: string;
  hallmarks: string[];
}

export interface Architecture {
  id: string;
  name: string;
  /** CSS colour for this family's marks on the timeline. */
  color: string;
  summary: string;
  /** A longer explanation: how it works, what it traded off. */
  explanation: string;
  /** Concept ids that make up this family. */
  concepts: string[];
}

export interface Concept {
  id: string;
  name: string;
  /** Other names a reader meets; used for detection and search. */
  aliases: string[];
  summary: string;
  /** Aliases (or the name) that must match with exactly this capitalisation. */
  caseSensitive?: string[];
  /** Aliases (or the name) that are also ordinary words and count only in context. */
  needsContext?: string[];
  /** Names shown but never matched in pages (too generic to find reliably). */
  notDetected?: string[];
}

export interface Paper {
  title: string;
  /** Authors in the order the paper gives; may be cut after the first few. */
  authors: string[];
  /** True when `authors` is cut short ("and others" in BibTeX). */
  moreAuthors?: boolean;
  /** Venue when the paper was published at one (e.g. "CVPR 2023"). */
  venue?: string;
}

export type ModelKind = 'video' | 'image';

export interface Model {
  id: string;
  name: string;
  aliases: string[];
  kind: ModelKind;
  /** First public appearance: paper, announcement or weights, whichever came first. */
  released: PartialDate;
  /** Bare arXiv ID such as `2311.15127`. */
  arxiv?: string;
  paper?: Paper;
  organization: string;
  era: string;
  family: string;
  concepts: string[];
  openWeights: boolean;
  summary: string;
  buildsOn: string[];
  sources: string[];
  /** Names (among `name` and `aliases`) that must match with exactly this capitalisation. */
  caseSensitive?: string[];
  /** Names that are also ordinary words or other things; they count only in context. */
  needsContext?: string[];
  /**
   * Names shown but never matched in pages: generic phrases ("Video Diffusion
   * Models") or common surnames that would mostly be false alarms.
   */
  notDetected?: string[];
  /** Aliases knowingly shared with another model (both must declare them). */
  sharedAliases?: string[];
  /**
   * Words that, written right beside one of the `needsContext` names, show the
   * name means another thing on that page (Veo: "camera", for Veo's sports
   * cameras). Lower case; matched case-insensitively as whole words.
   */
  otherSenses?: string[];
  /** Set when `released` lies outside the era's span on purpose; says why. */
  outsideEra?: string;
}

export interface KnowledgeBase {
  eras: Era[];
  architectures: Architecture[];
  concepts: Concept[];
  models: Model[];
}
