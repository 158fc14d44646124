/**
 * Renders a note's Markdown with React elements only: the parser's AST maps
 * to a fixed set of tags, text is always a text node, and links come only
 * from `safeHref` (http, https, mailto), opening in a new tab.
 */
import { useMemo, type ReactNode } from 'react';
import { parseMarkdown, type MdBlock, type MdInline } from '@/lib/notes/markdown';

type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

export interface MarkdownProps {
  source: string;
  /** The tag a `#` heading becomes: notes sit inside the panel's outline, so `#` is h4 by default. */
  topHeading?: 2 | 3 | 4 | 5 | 6;
  className?: string;
}

export function Markdown({ source, topHeading = 4, className }: MarkdownProps) {
  const blocks = useMemo(() => parseMarkdown(source), [source]);
  return <div className={className ?? 'markdown'}>{renderBlocks(blocks, topHeading, false)}</div>;
}

function headingTag(level: number, top: number): HeadingTag {
  return `h${Math.min(6, top + level - 1)}` as HeadingTag;
}

function renderBlocks(blocks: MdBlock[], top: number, tight: boolean): ReactNode[] {
  return blocks.map((block, i) => renderBlock(block, i, top, tight));
}

function renderBlock(block: MdBlock, key: number, top: number, tight: boolean): ReactNode {
  switch (block.type) {
    case 'paragraph':
      // In a tight list an item's text is not a separate paragraph.
      return tight ? (
        <span key={key}>{renderInlines(block.children)}</span>
      ) : (
        <p key={key}>{renderInlines(block.children)}</p>
      );
    case 'heading': {
      const Tag = headingTag(block.level, top);
      return <Tag key={key}>{renderInlines(block.children)}</Tag>;
    }
    case 'codeBlock':
      return (
        <pre key={key}>
          <code>{block.text}</code>
        </pre>
      );
    case 'list': {
      const items = block.items.map((item, i) => (
        <li key={i}>{renderBlocks(item, top, block.tight)}</li>
      ));
      return block.ordered ? (
        <ol key={key} start={block.start === 1 ? undefined : block.start}>
          {items}
        </ol>
      ) : (
        <ul key={key}>{items}</ul>
      );
    }
    case 'blockquote':
      return <blockquote key={key}>{renderBlocks(block.children, top, false)}</blockquote>;
    case 'rule':
      return <hr key={key} />;
  }
}

function renderInlines(nodes: MdInline[]): ReactNode[] {
  return nodes.map((node, i) => renderInline(node, i));
}

function renderInline(node: MdInline, key: number): ReactNode {
  switch (node.type) {
    case 'text':
      return node.text;
    case 'break':
      return <br key={key} />;
    case 'code':
      return <code key={key}>{node.text}</code>;
    case 'emphasis':
      return <em key={key}>{renderInlines(node.children)}</em>;
    case 'strong':
      return <strong key={key}>{renderInlines(node.children)}</strong>;
    case 'link':
      return (
        <a key={key} href={node.href} target="_blank" rel="noopener noreferrer">
          {renderInlines(node.children)}
        </a>
      );
  }
}
