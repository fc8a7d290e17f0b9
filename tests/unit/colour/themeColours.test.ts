// The theme's colours, measured from the real theme.css as they render over --surface, in the light theme
// (also print's) and the dark one: highlights are never like a tint, tints that may be neighbours are
// told apart (with typical vision and with simulated colour-vision deficiencies), and text stays readable
// on every tint and highlight. The minimums and the reasons for them are in docs/COLOURS.md.

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { TINT_CLASHES, TINT_COUNT, tintsMayNeighbour } from '../../../src/renderer/src/features/comparison/model'
import { figures, measuredClashes, MINIMUMS, themeColours } from '../../colour/themeFigures'
import { highlightNames, THEME_CSS, themeTokens, tintNames } from '../../colour/themeColours'

const css = readFileSync(THEME_CSS, 'utf8')
const colours = themeColours(css)
const measured = figures(colours, tintsMayNeighbour)

describe('the theme as measured', () => {
  it('defines as many tints as the model hands out, in both themes, each with its classes', () => {
    const tokens = themeTokens(css)
    expect(tintNames(tokens.light)).toHaveLength(TINT_COUNT)
    expect(tintNames(tokens.dark)).toHaveLength(TINT_COUNT)
    for (let i = 0; i < TINT_COUNT; i++) {
      expect(css).toContain(`.tint-${i} { background-color: var(--tint-${i}); }`)
      expect(css).toContain(`.tint-solid.tint-${i} {`)
    }
    expect(highlightNames(css)).toEqual(['yellow', 'green', 'blue', 'pink', 'orange', 'purple'])
  })

  it('lists every pair of tints too alike to be neighbours', () => {
    const listed = new Set(TINT_CLASHES.map(([a, b]) => `${a}-${b}`))
    const missing = measuredClashes(colours).filter(([a, b]) => !listed.has(`${a}-${b}`))
    expect(missing).toEqual([])
  })

  it('meets every stated minimum', () => {
    const failing = measured.filter((f) => f.minimum !== null && f.min < f.minimum).map((f) => `${f.theme} ${f.vision} ${f.measure}: ${f.min.toFixed(2)} at ${f.at}, under ${f.minimum}`)
    expect(failing).toEqual([])
    // Every category is measured in both themes.
    expect(new Set(measured.map((f) => `${f.measure} ${f.theme}`)).size).toBe(18)
  })

  it('keeps the minimums themselves where docs/COLOURS.md says', () => {
    expect(MINIMUMS).toEqual({ highlightVsTint: 10, neighbourTints: 10, neighbourTintsDeficient: 5, anyTints: 4.5, textContrast: 4.5, barContrast: 3 })
  })
})
