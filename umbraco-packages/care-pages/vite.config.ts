import { defineConfig, type Plugin } from 'vite';

/**
 * The backoffice package build (umbraco17-integration.md §8): one ES module that exports `manifests`, written to the
 * RCL's wwwroot so it ships as static web assets. Everything from `@umbraco…` is provided by the backoffice's import
 * map; the presentational components import plain `lit`, which is mapped here to the backoffice's own copy
 * (`@umbraco-cms/backoffice/external/lit`, which re-exports lit, its decorators and directives), so the bundle holds
 * neither lit nor UUI.
 */
const litFromBackoffice = (): Plugin => ({
  name: 'care-pages-lit-from-backoffice',
  enforce: 'pre',
  resolveId(source) {
    return source === 'lit' || source.startsWith('lit/')
      ? { id: '@umbraco-cms/backoffice/external/lit', external: true }
      : null;
  },
});

export default defineConfig({
  plugins: [litFromBackoffice()],
  publicDir: 'public',
  build: {
    lib: {
      entry: 'src/bundle.manifests.ts',
      formats: ['es'],
      fileName: 'care-pages',
    },
    outDir: '../../src/CarePages.Umbraco/wwwroot/App_Plugins/CarePages',
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: {
      external: [/^@umbraco/],
    },
  },
});
