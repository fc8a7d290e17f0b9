// Entry of `npm run bench`: runs the benchmark from its TypeScript source through tsx (no build needed).
// Not part of `npm test`: it takes several minutes, most of them in the capped jsdiff baseline.

import { register } from 'tsx/esm/api'

register()
await import('./main.ts')
