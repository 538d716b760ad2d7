// A dev-server plugin that serves a CommonJS package to the browser as one ES module. The test runner
// resolves bare imports but does not turn `require` into `import`, so a CommonJS package (Ajv, which the
// schema tests use) would fail to load. esbuild, already used to build the package, bundles it on first
// request; its `module.exports` becomes the module's default export.
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const prefix = '/__commonjs__/';

/** The plugin: `import X from '<specifier>'` for each of `specifiers` gets the bundled package. */
export function commonJsBundlePlugin(specifiers) {
  const bundles = new Map();
  const bundle = (specifier) => {
    if (!bundles.has(specifier)) {
      const options = { entryPoints: [require.resolve(specifier)], bundle: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent' };
      bundles.set(specifier, build(options).then((result) => result.outputFiles[0].text));
    }
    return bundles.get(specifier);
  };
  return {
    name: 'commonjs-bundle',
    resolveImport({ source }) {
      return specifiers.includes(source) ? `${prefix}${source}` : undefined;
    },
    async serve(context) {
      const specifier = context.path.startsWith(prefix) ? context.path.slice(prefix.length) : undefined;
      if (!specifier || !specifiers.includes(specifier)) return undefined;
      return { body: await bundle(specifier), type: 'js' };
    },
  };
}
