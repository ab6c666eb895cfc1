import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// The vitest config Stryker runs: the root config's resolution (the `@talka/source` condition, so
// tests read siblings' `src`) and setup (fast-check seed and run count), restricted to the package
// of the kernel under test (TALKA_MUTATION_PACKAGE, set by stryker.config.mjs). Running the other
// packages' tests for every mutant would only cost time: they cannot reach the mutated files except
// through this package. No coverage and no JSON reporter: Stryker collects its own.
const root = fileURLToPath(new URL('../..', import.meta.url))
const packages = (process.env.TALKA_MUTATION_PACKAGE ?? 'allocation,evaluation,eligibility,volunteering')
  .split(',')
  .filter(Boolean)

export default defineConfig({
  root,
  resolve: { conditions: ['@talka/source'] },
  ssr: { resolve: { conditions: ['@talka/source'] } },
  test: {
    // One worker keeps its module cache between mutant runs: mutants are switched at run time through
    // Stryker's global (static mutants are ignored), so re-importing zod, Temporal and the package's
    // module graph for every mutant and test file would be pure overhead.
    isolate: false,
    setupFiles: [fileURLToPath(new URL('../../vitest.setup.ts', import.meta.url))],
    projects: packages.map((name) => ({
      extends: true as const,
      test: {
        name,
        root: `${root}packages/${name}`,
        include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
        testTimeout: 60_000,
        hookTimeout: 120_000,
      },
    })),
  },
})
