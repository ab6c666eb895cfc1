import { defineConfig } from 'tsup'

export default defineConfig({
  // `csv` is its own entry (`@talka/core/csv`) so the main entry does not carry papaparse. It imports
  // `TalkaError` from `@talka/core` itself (external), so both entries share one error class in ESM
  // and CJS alike.
  entry: { index: 'src/index.ts', testing: 'src/testing.ts', csv: 'src/csv/index.ts' },
  external: ['@talka/core'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  treeshake: true,
})
