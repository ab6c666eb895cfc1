import { defineConfig } from 'vitest/config'

// Benchmarks live in bench/ at the root and read the packages' sources through the
// `@talka/source` condition, like the tests. Run with `pnpm bench` (or `pnpm bench bench/x.bench.ts`).
export default defineConfig({
  resolve: { conditions: ['@talka/source'] },
  ssr: { resolve: { conditions: ['@talka/source'] } },
  test: {
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
})
