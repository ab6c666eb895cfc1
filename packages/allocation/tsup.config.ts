import { packageConfig } from '../../scripts/build/tsup-package.js'

export default packageConfig({
  entry: {
    index: 'src/index.ts',
    certificate: 'src/certificate-entry.ts',
    testing: 'src/testing.ts',
    'data/residents': 'src/data/residents.ts',
  },
})
