import { packageConfig } from '../../scripts/build/tsup-package.js'

export default packageConfig({ entry: ['src/index.ts', 'src/testing.ts'] })
