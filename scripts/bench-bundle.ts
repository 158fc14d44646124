/**
 * Bundles the page side of the benchmark (scripts/bench/entry.ts plus the
 * real content-script modules it imports) with esbuild, as one IIFE to inject
 * into each test page. Not minified, so profiles show real function names;
 * `modules` maps bundle lines back to source files.
 */
import { build, type Plugin } from 'esbuild';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** `@/x` → `<project root>/x`, as WXT's tsconfig paths do. */
const projectAlias: Plugin = {
  name: 'project-alias',
  setup(b) {
    b.onResolve({ filter: /^@\// }, (args) =>
      b.resolve('./' + args.path.slice(2), { kind: args.kind, resolveDir: ROOT }),
    );
  },
};

export interface PageBundle {
  code: string;
  /** Source file of each bundle line (1-based; from esbuild's `// path` markers). */
  moduleOfLine(line: number): string;
}

export async function bundlePageSide(): Promise<PageBundle> {
  const result = await build({
    entryPoints: [join(ROOT, 'scripts/bench/entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: false,
    sourcemap: false,
    absWorkingDir: ROOT,
    logLevel: 'silent',
    plugins: [projectAlias],
  });
  const code = result.outputFiles[0]!.text;
  const lines = code.split('\n');
  const owner: string[] = [];
  let current = '(bench)';
  for (const line of lines) {
    const m = /^ {0,2}\/\/ ((?:lib|entrypoints|scripts)\/\S+\.ts)$/.exec(line);
    if (m) current = m[1]!;
    owner.push(current);
  }
  return { code, moduleOfLine: (line) => owner[line - 1] ?? '(unknown)' };
}

/** mark.js as published (UMD; defines window.Mark). */
export function markJs(): string {
  return readFileSync(join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
}
