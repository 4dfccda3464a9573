// Node loader hook for @actions/workflow-parser: its dist imports JSON files without
// `with { type: 'json' }`, which Node rejects. This hook adds the attribute to every
// `.json` import. Use it as `node --import ./scripts/workflow-parser-loader.mjs …`;
// scripts/check-workflows.ts also registers the same hook itself before loading the parser.
import module from 'node:module';

/** @param {string} url */
const isJson = (url) => /\.json(?:[?#].*)?$/.test(url);

if (typeof module.registerHooks === 'function') {
  // Node >= 22.15 / 24: synchronous in-thread hooks.
  module.registerHooks({
    resolve(specifier, context, nextResolve) {
      const result = nextResolve(specifier, context);
      if (isJson(result.url) && result.importAttributes?.type !== 'json') {
        return { ...result, importAttributes: { ...result.importAttributes, type: 'json' } };
      }
      return result;
    },
    load(url, context, nextLoad) {
      if (isJson(url) && context.importAttributes?.type !== 'json') {
        return nextLoad(url, { ...context, importAttributes: { ...context.importAttributes, type: 'json' } });
      }
      return nextLoad(url, context);
    },
  });
} else {
  // Node 20: off-thread hooks registered from a data: URL module.
  const source = `
    const isJson = (url) => /\\.json(?:[?#].*)?$/.test(url);
    export async function resolve(specifier, context, nextResolve) {
      const result = await nextResolve(specifier, context);
      if (isJson(result.url) && result.importAttributes?.type !== 'json') {
        return { ...result, importAttributes: { ...result.importAttributes, type: 'json' } };
      }
      return result;
    }
    export async function load(url, context, nextLoad) {
      if (isJson(url) && context.importAttributes?.type !== 'json') {
        return nextLoad(url, { ...context, importAttributes: { ...context.importAttributes, type: 'json' }, format: 'json' });
      }
      return nextLoad(url, context);
    }`;
  module.register('data:text/javascript,' + encodeURIComponent(source));
}
