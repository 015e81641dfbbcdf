// Validates public/umbraco-package.json against the schema that ships in @umbraco-cms/backoffice, and checks that
// its version and bundle path agree with package.json, Directory.Build.props and the Vite build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';

const here = (relative) => fileURLToPath(new URL(relative, import.meta.url));
const readJson = async (relative) => JSON.parse(await readFile(here(relative), 'utf8'));

// In 17.1.0 the schema lives under dist-cms/ (it moves to the package root in 18).
const schemaPath = '../../node_modules/@umbraco-cms/backoffice/dist-cms/umbraco-package-schema.json';

// The shipped schema is generated from the TypeScript types and does not itself pass the draft-07 meta-schema:
// some `examples` are strings, and a few JSDoc types leaked in as `"type": "{boolean}"` (entity action
// `additionalOptions`, property editor `supportsDataSource.enabled`). Ajv is told not to validate the schema, and the
// leaked `{type}` spellings are read as the type they name; nothing else is changed.
const repairLeakedJsDocTypes = (node) => {
  if (Array.isArray(node)) {
    node.forEach(repairLeakedJsDocTypes);
  } else if (node && typeof node === 'object') {
    if (typeof node.type === 'string' && /^\{\w+\}$/.test(node.type)) {
      node.type = node.type.slice(1, -1);
    }
    Object.values(node).forEach(repairLeakedJsDocTypes);
  }
  return node;
};

const compileSchema = async () => {
  const ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false });
  return ajv.compile(repairLeakedJsDocTypes(await readJson(schemaPath)));
};

test('umbraco-package.json is valid against the backoffice schema', async () => {
  const validate = await compileSchema();
  const manifest = await readJson('../../public/umbraco-package.json');
  const valid = validate(manifest);
  assert.equal(valid, true, JSON.stringify(validate.errors, null, 2));
});

test('a broken manifest is refused by the same schema', async () => {
  const validate = await compileSchema();
  const manifest = await readJson('../../public/umbraco-package.json');
  const broken = { ...manifest, name: undefined, extensions: 'not a list' };
  delete broken.name;
  assert.equal(validate(broken), false);
  const messages = (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  assert.ok(messages.some((m) => m.includes("must have required property 'name'")), messages.join('\n'));
  assert.ok(messages.some((m) => m.startsWith('/extensions must be array')), messages.join('\n'));
});

test('the manifest carries the package version of package.json and Directory.Build.props', async () => {
  const manifest = await readJson('../../public/umbraco-package.json');
  const packageJson = await readJson('../../package.json');
  const props = await readFile(here('../../../../Directory.Build.props'), 'utf8');
  const msbuildVersion = /<Version>([^<]+)<\/Version>/.exec(props)?.[1];
  assert.ok(msbuildVersion, 'Directory.Build.props has no <Version>');
  assert.equal(manifest.version, packageJson.version);
  assert.equal(manifest.version, msbuildVersion);
});

test('the bundle extension points at the file the Vite build writes', async () => {
  const manifest = await readJson('../../public/umbraco-package.json');
  const viteConfig = await readFile(here('../../vite.config.ts'), 'utf8');
  const fileName = /fileName:\s*'([^']+)'/.exec(viteConfig)?.[1];
  const outDir = /outDir:\s*'([^']+)'/.exec(viteConfig)?.[1];
  assert.equal(fileName, 'care-pages');
  assert.ok(outDir?.endsWith('/wwwroot/App_Plugins/CarePages'), outDir);
  const bundles = manifest.extensions.filter((e) => e.type === 'bundle');
  assert.equal(bundles.length, 1);
  assert.equal(bundles[0].alias, 'CarePages.Bundle');
  assert.equal(bundles[0].js, `/App_Plugins/CarePages/${fileName}.js`);
});
