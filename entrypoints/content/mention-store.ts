/**
 * The page's mentions, kept in document order, with an index from each text
 * node to the mentions that touch it (what hover lookups need). Ranges are
 * StaticRanges: cheap, and replaced whenever their part of the page is
 * re-scanned.
 */
import { withUnlisted, type MentionKind, type MentionSummary } from '@/lib/page-report';

/**
 * One mention on the page. Its range is built on first use: only mentions
 * near the viewport are ever painted, so most pages never need most of them.
 */
export class PageMention {
  private built: StaticRange | null = null;

  constructor(
    readonly id: string,
    readonly kind: MentionKind,
    /** The exact text matched ("Veo 3.1"). */
    readonly text: string,
    /** Every text node the mention covers (one, or several across inline elements). */
    readonly nodes: Text[],
    readonly startNode: Text,
    readonly startOffset: number,
    readonly endNode: Text,
    readonly endOffset: number,
    /** True when `text` is a release without an entry of its own (see Mention.unlisted). */
    readonly unlisted = false,
  ) {}

  get range(): StaticRange {
    return (this.built ??= new StaticRange({
      startContainer: this.startNode,
      startOffset: this.startOffset,
      endContainer: this.endNode,
      endOffset: this.endOffset,
    }));
  }
}

function startNode(m: PageMention): Node {
  return m.startNode;
}

/** Document order of two mentions' starts (negative when `a` comes first). */
function compareMentions(a: PageMention, b: PageMention): number {
  const na = startNode(a);
  const nb = startNode(b);
  if (na === nb) return a.startOffset - b.startOffset;
  return na.compareDocumentPosition(nb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

export class MentionStore {
  private ordered: PageMention[] = [];
  private byNode = new Map<Node, PageMention[]>();

  get size(): number {
    return this.ordered.length;
  }

  /** All mentions in document order. */
  all(): readonly PageMention[] {
    return this.ordered;
  }

  /** Mentions touching a text node (for hover lookups). */
  at(node: Node): readonly PageMention[] {
    return this.byNode.get(node) ?? [];
  }

  /**
   * Adds mentions in document order that normally follow every stored one (a
   * full scan, batch by batch); if a re-scan slipped in between, they are
   * inserted at their place instead.
   */
  append(mentions: readonly PageMention[]): void {
    const last = this.ordered[this.ordered.length - 1];
    const first = mentions[0];
    if (last && first && compareMentions(last, first) > 0) return this.insert(mentions);
    for (const m of mentions) {
      this.ordered.push(m);
      this.indexMention(m);
    }
  }

  /** Inserts mentions found by a re-scan at their place in document order. */
  insert(mentions: readonly PageMention[]): void {
    for (const m of mentions) {
      let lo = 0;
      let hi = this.ordered.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (compareMentions(this.ordered[mid]!, m) < 0) lo = mid + 1;
        else hi = mid;
      }
      this.ordered.splice(lo, 0, m);
      this.indexMention(m);
    }
  }

  /** Removes mentions inside `root`, or whose text has left the page; returns them. */
  removeWithin(root: Node | null): PageMention[] {
    const removed: PageMention[] = [];
    const kept: PageMention[] = [];
    for (const m of this.ordered) {
      const node = startNode(m);
      if (!node.isConnected || (root !== null && root.contains(node))) removed.push(m);
      else kept.push(m);
    }
    if (removed.length === 0) return removed;
    this.ordered = kept;
    for (const m of removed) {
      for (const node of this.nodesOf(m)) {
        const list = this.byNode.get(node)?.filter((x) => x !== m) ?? [];
        if (list.length > 0) this.byNode.set(node, list);
        else this.byNode.delete(node);
      }
    }
    return removed;
  }

  clear(): void {
    this.ordered = [];
    this.byNode.clear();
  }

  /** Per model: count, kind, and the rank of its first mention in the page. */
  summary(): MentionSummary[] {
    const byId = new Map<string, MentionSummary>();
    this.ordered.forEach((m, rank) => {
      let s = byId.get(m.id);
      if (s) s.count++;
      else byId.set(m.id, (s = { id: m.id, kind: m.kind, count: 1, first: rank }));
      if (m.unlisted) s.unlisted = withUnlisted(s.unlisted, m.text);
    });
    return [...byId.values()];
  }

  /** The mentions of one model, in document order. */
  ofModel(id: string): PageMention[] {
    return this.ordered.filter((m) => m.id === id);
  }

  private nodesOf(m: PageMention): Node[] {
    return m.nodes;
  }

  private indexMention(m: PageMention): void {
    // A mention across inline elements ("Stable <em>Video</em> Diffusion") is
    // indexed under each of its text nodes, so hovering any part finds it.
    for (const node of this.nodesOf(m)) {
      const list = this.byNode.get(node);
      if (list) list.push(m);
      else this.byNode.set(node, [m]);
    }
  }
}
