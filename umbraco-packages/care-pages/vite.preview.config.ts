import { defineConfig } from 'vite';

/**
 * The demo's editor preview: the presentational components and a small shell that drives them against the demo's
 * API. Nothing is external: lit and UUI are bundled, because the demo page has no backoffice import map.
 */
export default defineConfig({
  publicDir: false,
  build: {
    lib: {
      entry: 'src/preview/editor-preview.ts',
      formats: ['es'],
      fileName: 'editor-preview',
    },
    outDir: '../../src/CarePages.Demo/wwwroot/editor-preview',
    emptyOutDir: true,
    sourcemap: true,
  },
});
