// Builds the backoffice bundle in memory (Vite, write: false: the real output folder is left alone) and checks what
// it asks of the page: only its own chunks and the backoffice's import map (`@umbraco-cms/backoffice/*`), no copy of
// an npm package (lit, UUI, rxjs… come from the backoffice), and none of the auth context members that Umbraco 18
// deprecates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('../../', import.meta.url));

// Marked @deprecated in @umbraco-cms/backoffice 18.2.0 (dist-cms/packages/core/auth/auth.context.d.ts, and
// tryExecuteAndNotify in dist-cms/packages/core/resources/try-execute/tryExecuteAndNotify.function.d.ts).
const deprecatedIn18 = ['getServerUrl', 'authorizationSignal', 'isSessionValid', 'getAuthProviders', 'setInitialized', 'isInitialized', 'tryExecuteAndNotify'];

const chunks = async () => {
  const result = await build({ root, configFile: `${root}vite.config.ts`, logLevel: 'silent', build: { write: false } });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  return outputs.filter((o) => o.type === 'chunk');
};

test('the bundle imports only its own chunks and @umbraco-cms/backoffice modules, and holds no package code', async () => {
  const all = await chunks();
  const own = new Set(all.map((c) => c.fileName));
  const foreign = all.flatMap((c) => [...c.imports, ...c.dynamicImports].filter((i) => !own.has(i) && !i.startsWith('@umbraco-cms/backoffice/')).map((i) => `${c.fileName}: ${i}`));
  assert.deepEqual(foreign, []);
  const packaged = all.flatMap((c) => Object.keys(c.modules).filter((id) => id.includes('/node_modules/')).map((id) => `${c.fileName}: ${id}`));
  assert.deepEqual(packaged, []);
  assert.ok(all.some((c) => c.imports.includes('@umbraco-cms/backoffice/auth')), 'no chunk imports @umbraco-cms/backoffice/auth');
});

test('the bundle uses none of the auth APIs deprecated in Umbraco 18, and the auth context\'s OpenAPI configuration', async () => {
  const all = await chunks();
  const used = all.flatMap((c) => deprecatedIn18.filter((name) => new RegExp(`\\b${name}\\b`).test(c.code)).map((name) => `${c.fileName}: ${name}`));
  assert.deepEqual(used, []);
  assert.ok(all.some((c) => /\.getOpenApiConfiguration\(\)/.test(c.code)), 'no chunk reads getOpenApiConfiguration()');
});
