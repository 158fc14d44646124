/**
 * Serves the fixture pages: at real arXiv URLs through Playwright's route
 * interception (so the manifest's real match patterns are exercised), and
 * everything in tests/fixtures over a local HTTP server for other sites.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from 'playwright-core';

export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** Real URLs and the fixture file each one serves (tests/fixtures/routes.json). */
export const ARXIV_ROUTES: Record<string, string> = JSON.parse(
  readFileSync(join(FIXTURES_DIR, 'routes.json'), 'utf8'),
) as Record<string, string>;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
};

/** Makes every arxiv.org request answer from the fixture table (404 for the rest). */
export async function routeArxiv(context: BrowserContext, routes = ARXIV_ROUTES): Promise<void> {
  await context.route(/^https:\/\/(www\.|export\.)?arxiv\.org\//, async (route) => {
    const url = route.request().url().split('#')[0] ?? '';
    const file = routes[url];
    if (!file) {
      await route.fulfill({ status: 404, body: 'not a fixture', contentType: 'text/plain' });
      return;
    }
    const body = await readFile(join(FIXTURES_DIR, file));
    await route.fulfill({ status: 200, body, contentType: 'text/html; charset=utf-8' });
  });
}

export interface FixtureServer {
  origin: string;
  close(): Promise<void>;
}

/** Starts a loopback HTTP server over tests/fixtures on a free port. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(FIXTURES_DIR, path);
    if (!file.startsWith(FIXTURES_DIR)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(body);
      },
      () => res.writeHead(404).end('not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
