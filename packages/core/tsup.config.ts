import { packageConfig } from '../../scripts/build/tsup-package.js'

// `csv` is its own entry (`@talka/core/csv`) so the main entry does not carry papaparse. It imports
// `TalkaError` from `@talka/core` itself (external), so both entries share one error class in ESM
// and CJS alike (the testing helpers import the schemas the same way).
export default packageConfig({
  entry: { index: 'src/index.ts', testing: 'src/testing.ts', csv: 'src/csv/index.ts' },
  external: ['@talka/core'],
})
