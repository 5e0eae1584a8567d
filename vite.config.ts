import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * index.html carries a strict Content-Security-Policy (no inline scripts or styles). The production
 * build needs nothing inline, but the dev server does: @vitejs/plugin-react injects an inline
 * react-refresh preamble and Vite injects imported CSS as <style> elements. This plugin loosens the
 * policy for `vite` (dev) only; `vite build` / `vite preview` serve the policy exactly as written.
 */
function devOnlyRelaxedCsp(): Plugin {
  return {
    name: 'firedrill:dev-only-relaxed-csp',
    apply: 'serve',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        return html
          .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
          .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
      },
    },
  };
}

const DOM_SETUP = './tests/setup/dom.ts';

export default defineConfig({
  plugins: [react(), devOnlyRelaxedCsp()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  server: {
    host: '127.0.0.1',
    // `npm run dev` + `npm run server`: game days reach the game-day server through the dev origin.
    proxy: {
      '/socket.io': { target: 'http://127.0.0.1:8787', ws: true },
      '/healthz': {
        target: 'http://127.0.0.1:8787',
        // No server running: answer plain text (the picker then says game days are off) rather than a
        // proxy error the browser would log as a failed request.
        configure(proxy) {
          proxy.on('error', (_error, _request, response) => {
            if (!('writeHead' in response) || response.headersSent) return;
            response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
            response.end('No game-day server on 127.0.0.1:8787 (start it with npm run server).');
          });
        },
      },
    },
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    // Preview serves the build alone (solo play): no game-day server behind it, nothing proxied.
    proxy: {},
  },
  test: {
    // Whole-game simulations run in many tests; on a busy 2-core machine 5 s is too tight.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser checks (tests/browser/**) run under playwright-core via `npm run test:browser`.
    exclude: ['**/node_modules/**', 'dist/**', 'coverage/**', 'tests/browser/**'],
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
          exclude: ['**/node_modules/**', 'dist/**', 'tests/browser/**', 'tests/ui/**', 'tests/engine/**'],
          // No-op unless a file opts into jsdom with `// @vitest-environment jsdom`.
          setupFiles: [DOM_SETUP],
        },
      },
      {
        extends: true,
        test: {
          name: 'engine',
          environment: 'node',
          include: ['tests/engine/**/*.test.ts'],
          // The engine and its tests are pure (no globals, no DOM, no timers), so the files can share
          // one module graph per worker: zod, yaml and the parsed scenarios load once, not per file.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx', 'tests/**/*.test.tsx', 'tests/ui/**/*.test.ts'],
          exclude: ['**/node_modules/**', 'dist/**', 'tests/browser/**'],
          setupFiles: [DOM_SETUP],
        },
      },
    ],
  },
});
