// Lets Node 20 run the TypeScript examples straight from source (tsx), resolving workspace packages
// through their `@talka/source` export condition.
import { register } from 'tsx/esm/api'

register()
