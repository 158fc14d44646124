/**
 * The detection engine's public API: build the alias index from the knowledge
 * base, compile it once into a JSON-friendly matcher, load it where pages are
 * read, extract a page's text, and find the mentions in it.
 */
export {
  buildAliasIndex,
  defaultCaseSensitive,
  organizationCues,
  fnv1a,
  type AliasEntry,
  type AliasIndex,
} from './alias-index';
export {
  BLOCK_SEPARATOR,
  fold,
  foldCaseKeep,
  foldCode,
  foldCodeKeep,
  foldKey,
  TRANSPARENT,
} from './fold';
export {
  compileMatcher,
  createMatcher,
  loadMatcher,
  resolveOverlaps,
  MATCHER_FORMAT,
  type Candidate,
  type CompiledMatcher,
  type Matcher,
  type MatchEntry,
} from './matcher';
export { extendVersion, MAX_VERSION_CHARS, MAX_VERSION_TOKENS } from './versions';
export { CONTEXT_WINDOW, PAGE_TOPIC_THRESHOLD, type TopicEvidence } from './context';
export {
  extractChunks,
  extractText,
  SKIP_ATTRIBUTE,
  type ExtractedText,
  type ExtractOptions,
  type TextSegment,
} from './extract';
export {
  analyzeText,
  createPageContext,
  findMentions,
  mergeSummaries,
  pageTopicScore,
  summarizeMentions,
  type FindOptions,
  type Mention,
  type PageContext,
  type TextAnalysis,
} from './find-mentions';
