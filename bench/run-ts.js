// Runs a TypeScript script without a build: `node bench/run-ts.js bench/anonymisation.ts`.
// Registers a require hook that compiles .ts files with SWC (already a dev dependency, used by Jest).
const fs = require('node:fs');
const path = require('node:path');
const swc = require('@swc/core');

require.extensions['.ts'] = (module, filename) => {
  const { code } = swc.transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  });
  module._compile(code, filename);
};

// The libraries import each other as `@app/<lib>` (tsconfig paths): resolve those to libs/<lib>/src.
const Module = require('node:module');
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const alias = /^@app\/([^/]+)$/.exec(request);
  const target = alias ? path.join(__dirname, '..', 'libs', alias[1], 'src') : request;
  return resolveFilename.call(this, target, ...rest);
};

const script = process.argv[2];
if (!script) {
  console.error('usage: node bench/run-ts.js <script.ts> [args…]');
  process.exit(2);
}
process.argv.splice(1, 1); // the script sees itself as argv[1]
require(path.resolve(script));
