/** A tiny static server for the PWA journeys: serves a build folder that a test can swap, as a deploy would. */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { SECURITY_HEADERS as APP_HEADERS } from '../config/security-headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

export interface StaticServer {
  url: string;
  /** Serve another folder from now on (a new deploy under the same origin). */
  deploy(root: string): void;
  close(): Promise<void>;
}

/**
 * `securityHeaders: false` serves like a plain static host that knows nothing of the app: whatever protection there
 * is must come from the files themselves.
 */
/** Serves `root` on `port` (0: a free port the system chooses, so that two test runs on one machine never collide). */
export async function startStaticServer(root: string, port: number, { securityHeaders = true } = {}): Promise<StaticServer> {
  let current = root;
  const SECURITY_HEADERS = securityHeaders ? APP_HEADERS : {};
  const server: Server = createServer((request, response) => {
    let path: string;
    try {
      path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    } catch {
      response.writeHead(400, SECURITY_HEADERS);
      response.end('bad request');
      return;
    }
    const file = join(current, path.endsWith('/') ? 'index.html' : path);
    readFile(file)
      .catch(() => (extname(path) ? Promise.reject(new Error('missing')) : readFile(join(current, 'index.html'))))
      .then((body) => {
        const type = TYPES[extname(file)] ?? (extname(path) ? 'application/octet-stream' : TYPES['.html']!);
        response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-cache' });
        response.end(body);
      })
      .catch(() => {
        response.writeHead(404, SECURITY_HEADERS);
        response.end('not found');
      });
  });
  const url = await listenLocally(server, port);
  return {
    url,
    deploy(next) {
      current = next;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Starts `server` on 127.0.0.1 at `port` (0: a free port the system chooses); its address. */
export async function listenLocally(server: Server, port: number): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address();
  return `http://127.0.0.1:${address !== null && typeof address === 'object' ? address.port : port}`;
}
