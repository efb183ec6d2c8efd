/**
 * Builds the web explorer: `npx vite build --config web/vite.config.ts` writes `web/dist/`, which the
 * HTTP server serves at `/`. The server's CSP allows only same-origin scripts and styles, so the
 * build must not add inline scripts (the module-preload polyfill is one) or inline styles.
 */
import { defineConfig } from 'vite';

// Decoded, so a checkout path with spaces still works (no node:url here: the web tsconfig has no Node types).
const here = (path: string): string => decodeURIComponent(new URL(path, import.meta.url).pathname);

export default defineConfig({
  root: here('.'),
  base: '/',
  publicDir: false,
  build: {
    outDir: here('./dist'),
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    // Never inline assets as data: URLs into scripts; small SVG/fonts stay files.
    assetsInlineLimit: 0,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1024,
  },
  // `npx vite --config web/vite.config.ts` for development, next to `dateline serve` (port 8080).
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
