// Main's alignment thread from its TypeScript source, through tsx, for the test bridge, the benchmarks and
// the unit tests (the app runs the built out/main file instead).

import { register } from 'tsx/esm/api'

register()
await import('../../src/main/services/alignmentThread.ts')
