import { defineConfig, type Options } from 'tsup'

/**
 * The tsup configuration every published package builds with: ESM and CJS with declarations and
 * source maps, ES2022, tree-shaken. Only the entries (and, for core, what stays external) differ, so a
 * change to how packages are built is made here once.
 *
 * @example
 * ```ts
 * // packages/<name>/tsup.config.ts
 * import { packageConfig } from '../../scripts/build/tsup-package.js'
 * export default packageConfig({ entry: ['src/index.ts', 'src/testing.ts'] })
 * ```
 */
export function packageConfig(options: Pick<Options, 'entry' | 'external'>): ReturnType<typeof defineConfig> {
  return defineConfig({
    ...options,
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'es2022',
    treeshake: true,
  })
}
