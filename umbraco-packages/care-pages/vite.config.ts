import { readFile } from 'node:fs/promises';
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

/**
 * Writes public/umbraco-package.json into the bundle without its `$schema`: that path only resolves in this folder
 * (for editors), and would dangle under App_Plugins. Nothing else in public/ is copied (publicDir is off).
 */
const umbracoPackageManifest = (): Plugin => ({
  name: 'care-pages-umbraco-package-manifest',
  async generateBundle() {
    const manifestFile = 'umbraco-package.json';
    const manifest = JSON.parse(await readFile(new URL(`public/${manifestFile}`, import.meta.url), 'utf8'));
    delete manifest.$schema;
    this.emitFile({ type: 'asset', fileName: manifestFile, source: `${JSON.stringify(manifest, null, 2)}\n` });
  },
});

export default defineConfig({
  plugins: [litFromBackoffice(), umbracoPackageManifest()],
  publicDir: false,
  build: {
    lib: {
      entry: 'src/bundle.manifests.ts',
      formats: ['es'],
      fileName: 'care-pages',
    },
    outDir: '../../src/CarePages.Umbraco/wwwroot/App_Plugins/CarePages',
    emptyOutDir: true,
    // No source maps in the package: a site would serve them from App_Plugins.
    sourcemap: false,
    rollupOptions: {
      external: [/^@umbraco/],
    },
  },
});
