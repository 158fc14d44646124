/**
 * `npm run scan -- [--json] FILE...` — finds video-model mentions in saved
 * HTML pages and text files. Without --json: a readable table per file. With
 * --json: exactly one JSON array on stdout. Files that cannot be read or
 * parsed are reported on stderr after the others are scanned; exit code 1.
 */
import { BUNDLED_KB } from '../lib/kb/bundle';
import { summarizeMentions } from '../lib/detect';
import { scanFile, type ScannedFile } from './scan-file';

const args = process.argv.slice(2);
const json = args.includes('--json');
const files = args.filter((a) => a !== '--json');

if (files.length === 0) {
  process.stderr.write('usage: npm run scan -- [--json] FILE...\n');
  process.exit(2);
}

const models = new Map(BUNDLED_KB.models.map((m) => [m.id, m]));
const concepts = new Map(BUNDLED_KB.concepts.map((c) => [c.id, c]));
const eras = new Map(BUNDLED_KB.eras.map((e) => [e.id, e]));

function nameOf(id: string, kind: string): string {
  return (kind === 'concept' ? concepts.get(id)?.name : models.get(id)?.name) ?? id;
}

const results: { file: string; scanned: ScannedFile }[] = [];
const failures: string[] = [];
for (const file of files) {
  try {
    results.push({ file, scanned: await scanFile(file) });
  } catch (error) {
    failures.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

// Everything goes out in one write, and the process ends only once it has
// been handed over: exiting earlier cuts a piped stdout at 64 KB.
let output = '';
if (json) {
  const out = results.map(({ file, scanned }) => ({
    file,
    mentions: scanned.mentions.map((m) => ({
      id: m.id,
      name: nameOf(m.id, m.kind),
      kind: m.kind,
      text: m.text,
      start: m.start,
      end: m.end,
    })),
  }));
  output = JSON.stringify(out) + '\n';
} else {
  for (const { file, scanned } of results) {
    const rows = summarizeMentions(scanned.mentions).map((s) => {
      const model = s.kind === 'concept' ? undefined : models.get(s.id);
      const name = nameOf(s.id, s.kind);
      const era = model ? (eras.get(model.era)?.name ?? model.era) : '';
      return [name, s.kind, era, String(s.count)];
    });
    output += `\n${file}: ${scanned.mentions.length} mentions of ${rows.length} models and concepts\n`;
    if (rows.length === 0) continue;
    const header = ['model', 'kind', 'era', 'count'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
    output += `  ${line(header)}\n  ${widths.map((w) => '-'.repeat(w)).join('  ')}\n`;
    for (const r of rows) output += `  ${line(r)}\n`;
  }
}

const errors = failures.map((f) => `scan: cannot scan ${f}\n`).join('');
process.stdout.write(output, () => {
  process.stderr.write(errors, () => process.exit(failures.length > 0 ? 1 : 0));
});
