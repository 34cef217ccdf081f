import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

// No @vitejs/plugin-react: Vite 8 transforms JSX/TSX itself with oxc.
export default defineConfig({
  root: webRoot,
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  // dkfds only exports its JS; its compiled CSS, fonts and icons are reached through this alias.
  resolve: { alias: { '@dkfds': `${repoRoot}node_modules/dkfds/dist` } },
  build: {
    outDir: `${repoRoot}dist/web`,
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000', '/admin/queues': 'http://localhost:3000' },
  },
});
