// Builds the renderer (React) into dist/renderer. `base: './'` so that Electron can load the
// files from disk (file://) and the web host can serve them from any path. The favicon is the
// app's icon.
import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** The app's icon (build/icon.png, also the installers') as the pages' favicon: dist/renderer/favicon.png. */
const favicon: Plugin = {
  name: 'clave-favicon',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'favicon.png', source: readFileSync(new URL('build/icon.png', import.meta.url)) });
  },
};

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), favicon],
  build: { outDir: '../dist/renderer', emptyOutDir: true, chunkSizeWarningLimit: 4000 },
});
