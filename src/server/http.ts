// The HTTP side: the built game from dist/ (only files inside it), with index.html's
// Content-Security-Policy as a header too, and GET /healthz.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, relative, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.yaml': 'text/yaml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** The policy in index.html's <meta http-equiv="Content-Security-Policy">, or null. */
export function cspOf(html: string): string | null {
  const meta = /<meta\s+http-equiv=(["'])Content-Security-Policy\1\s+content=(["'])([\s\S]*?)\2/i.exec(html);
  return meta ? meta[3]!.replace(/\s+/g, ' ').trim() : null;
}

export interface StaticSite {
  handle(request: IncomingMessage, response: ServerResponse): void;
}

export function staticSite(distDir: string, health: () => Record<string, unknown>): StaticSite {
  const root = resolve(distDir);
  const indexPath = join(root, 'index.html');
  const csp = existsSync(indexPath) ? cspOf(readFileSync(indexPath, 'utf8')) : null;

  const send = (response: ServerResponse, status: number, body: string, type: string) => {
    response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
    response.end(body);
  };

  return {
    handle(request, response) {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (url.pathname === '/healthz') return send(response, 200, JSON.stringify({ ok: true, ...health() }), 'application/json; charset=utf-8');
      if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'Method not allowed', 'text/plain; charset=utf-8');
      let pathname: string;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        return send(response, 400, 'Bad path', 'text/plain; charset=utf-8');
      }
      const file = resolve(root, `.${pathname.endsWith('/') ? `${pathname}index.html` : pathname}`);
      const inside = relative(root, file);
      if (inside.startsWith('..') || inside.includes(`..${sep}`) || resolve(root, inside) !== file || pathname.includes('\0')) return send(response, 404, 'Not found', 'text/plain; charset=utf-8');
      let stats;
      try {
        stats = statSync(file);
      } catch {
        return send(response, 404, 'Not found', 'text/plain; charset=utf-8');
      }
      if (!stats.isFile()) return send(response, 404, 'Not found', 'text/plain; charset=utf-8');
      const headers: Record<string, string> = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': String(stats.size),
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cache-control': inside.startsWith(`assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      };
      if (csp) headers['content-security-policy'] = csp;
      response.writeHead(200, headers);
      if (request.method === 'HEAD') return void response.end();
      createReadStream(file).pipe(response);
    },
  };
}
