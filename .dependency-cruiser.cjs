/**
 * Imports point inward only: core ← store ← app ← http, cli. A wrong import fails `npm test`.
 */
module.exports = {
  forbidden: [
    { name: 'core-is-pure', severity: 'error', comment: 'src/core holds the domain and does no I/O: it imports no other layer and no I/O module',
      from: { path: '^src/core' }, to: { path: ['^src/(store|app|http|cli)', '^(node:)?(fs|net|http|https|child_process|pg|better-sqlite3|kysely|fastify)$', 'node_modules/(pg|better-sqlite3|kysely|fastify)/'] } },
    { name: 'store-below-app', severity: 'error', comment: 'src/store may use core only',
      from: { path: '^src/store' }, to: { path: '^src/(app|http|cli)' } },
    { name: 'app-below-interfaces', severity: 'error', comment: 'src/app never reaches up into http or cli',
      from: { path: '^src/app' }, to: { path: '^src/(http|cli)' } },
    { name: 'interfaces-call-app', severity: 'error', comment: 'http and cli call app, never the store directly',
      from: { path: '^src/(http|cli)' }, to: { path: '^src/store/(?!database\\.ts$)' } },
    { name: 'http-cli-apart', severity: 'error', comment: 'http and cli are siblings and do not import each other',
      from: { path: '^src/http' }, to: { path: '^src/cli' } },
    { name: 'no-test-support-in-product', severity: 'error', comment: 'test helpers stay out of the product',
      from: { path: '^src/(core|store|app|http|cli)', pathNot: '\\.test\\.ts$' }, to: { path: '^src/test-support' } },
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
