/**
 * The command-line scanner as a user runs it: a child process, its stdout,
 * stderr and exit code.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './bench-bundle';

let dir = '';

/**
 * `npm run --silent scan -- ARGS`, as the README gives it, its stdout piped
 * to a reader that starts late (as a busy `| jq` may): the pipe fills up
 * and the output must still arrive whole.
 */
function scan(...args: string[]) {
  const quoted = args.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = spawnSync(
    'bash',
    ['-c', `set -o pipefail; npm run --silent scan -- ${quoted} 2>"$ERR" | (sleep 1; cat)`],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ERR: join(dir, 'stderr') } },
  );
  return { status: r.status, stdout: r.stdout, stderr: readFileSync(join(dir, 'stderr'), 'utf8') };
}

interface Row {
  file: string;
  mentions: { id: string; name: string; kind: string; text: string; start: number; end: number }[];
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vma-scan-'));
  const paragraph =
    'OpenAI’s Sora and Stable Video Diffusion (SVD-XT) were compared with Wan2.1, ' +
    'CogVideoX-5B and Kling 2.1, all of them latent diffusion models; Stable Diffusion makes images.';
  // Enough mentions that the JSON is far beyond one pipe buffer (64 KB).
  writeFileSync(join(dir, 'many.txt'), Array.from({ length: 400 }, () => paragraph).join('\n'));
  writeFileSync(
    join(dir, 'page.html'),
    '<html><body><p>Stable <em>Video</em> Diffusion and <b>Veo 3.1</b>.</p><script>Sora</script></body></html>',
  );
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run scan', () => {
  it('prints exactly one JSON array with --json, however long it is', () => {
    const r = scan('--json', join(dir, 'many.txt'), join(dir, 'page.html'));
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.length).toBeGreaterThan(100_000);
    const rows = JSON.parse(r.stdout) as Row[];
    expect(rows.map((x) => x.file)).toEqual([join(dir, 'many.txt'), join(dir, 'page.html')]);
    const many = rows[0]!.mentions;
    expect(many.length).toBeGreaterThanOrEqual(400 * 7);
    expect(new Set(many.map((m) => m.kind))).toEqual(new Set(['video', 'image', 'concept']));
    expect(many.slice(0, 3).map((m) => m.text)).toEqual(['Sora', 'Stable Video Diffusion', 'SVD-XT']);
    const page = rows[1]!.mentions;
    expect(page.map((m) => m.text)).toEqual(['Stable Video Diffusion', 'Veo 3.1']);
    expect(page[0]!.start).toBe(0);
    expect(page[0]!.end).toBe('Stable Video Diffusion'.length);
  }, 60_000);

  it('scans the readable files, then names the unreadable ones on stderr and exits 1', () => {
    const missing = join(dir, 'missing.html');
    const r = scan('--json', missing, join(dir, 'page.html'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(missing);
    const rows = JSON.parse(r.stdout) as Row[];
    expect(rows.map((x) => x.file)).toEqual([join(dir, 'page.html')]);
  }, 60_000);

  it('prints a table of model, kind, era and count without --json', () => {
    const r = scan(join(dir, 'page.html'));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/model\s+kind\s+era\s+count/);
    expect(r.stdout).toMatch(/Stable Video Diffusion\s+video\s+\S.*\s1\n/);
    expect(r.stdout).not.toContain('Sora');
  }, 60_000);
});
