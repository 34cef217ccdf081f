// Jest transformer: TypeScript through SWC (with decorator metadata, as Nest needs), and the
// ESM-only packages in node_modules (Nest 12, …) down to CommonJS — Jest on Node 20 cannot
// require() an ES module itself. CommonJS files in node_modules are passed through untouched, except
// those that load an ES module with `import()` (Jest's VM refuses that without
// --experimental-vm-modules): SWC turns their `import()` into a require of the transformed module.
const fs = require('node:fs');
const path = require('node:path');
const { createTransformer } = require('@swc/jest');

const swc = createTransformer({
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
});

const packageTypeCache = new Map();
function packageType(dir) {
  if (packageTypeCache.has(dir)) return packageTypeCache.get(dir);
  const manifest = path.join(dir, 'package.json');
  let type;
  if (fs.existsSync(manifest)) type = JSON.parse(fs.readFileSync(manifest, 'utf8')).type ?? 'commonjs';
  else type = path.dirname(dir) === dir ? 'commonjs' : packageType(path.dirname(dir));
  packageTypeCache.set(dir, type);
  return type;
}

const DYNAMIC_IMPORTERS = [path.join('node_modules', '@fastify', 'cookie', 'index.js')];
const importsDynamically = (filename) => DYNAMIC_IMPORTERS.some((suffix) => filename.endsWith(suffix));

function isEsm(filename) {
  if (filename.endsWith('.mjs')) return true;
  if (filename.endsWith('.cjs')) return false;
  return packageType(path.dirname(filename)) === 'module';
}

module.exports = {
  canInstrument: false,
  getCacheKey(src, filename, options) {
    return (
      swc.getCacheKey(src, filename, options) +
      (filename.includes('node_modules') && !isEsm(filename) && !importsDynamically(filename) ? ':raw' : '')
    );
  },
  process(src, filename, options) {
    if (
      filename.includes(`${path.sep}node_modules${path.sep}`) &&
      !isEsm(filename) &&
      !importsDynamically(filename)
    )
      return { code: src };
    return swc.process(src, filename, options);
  },
};
