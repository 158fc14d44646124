/**
 * `npm run kb:check`: validates data/ and prints every problem with its file
 * and entry. Exits non-zero when there is any. Also run by `npm run build`.
 */
import { readdir } from 'node:fs/promises';
import { BUNDLED_SOURCES } from '../lib/kb/bundle';
import { formatProblem, validateKnowledgeBase } from '../lib/kb/validate';

const problems = validateKnowledgeBase(BUNDLED_SOURCES);

const listed = new Set(BUNDLED_SOURCES.models.map((s) => s.file));
for (const name of await readdir(new URL('../data/models/', import.meta.url))) {
  if (name.endsWith('.json') && !listed.has(`data/models/${name}`)) {
    problems.push({ file: `data/models/${name}`, entry: '-', field: '-', message: 'not listed in lib/kb/bundle.ts' });
  }
}

const models = BUNDLED_SOURCES.models.flatMap((s) => s.entries);
const video = models.filter((m) => m.kind === 'video').length;
if (problems.length > 0) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in the knowledge base.`);
  process.exit(1);
}
console.log(
  `Knowledge base clean: ${video} video models, ${models.length - video} image models, ` +
    `${BUNDLED_SOURCES.concepts.entries.length} concepts, ${BUNDLED_SOURCES.eras.entries.length} eras, ` +
    `${BUNDLED_SOURCES.architectures.entries.length} architecture families.`,
);
