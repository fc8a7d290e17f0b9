// Entry of `npm run colours`: prints the theme's measured colour figures (CIEDE2000 differences between
// highlights and tints and between neighbouring tints, and text contrasts, in both themes) as Markdown,
// from the TypeScript measuring code through tsx, so it needs no build.

import { register } from 'tsx/esm/api'

register()
const { figuresTable } = await import('../tests/colour/figuresTable.ts')
console.log(figuresTable())
