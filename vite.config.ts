// Builds the renderer (React) into dist/renderer. `base: './'` so that Electron can load the
// files from disk (file://) and the web host can serve them from any path.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, chunkSizeWarningLimit: 4000 },
});
