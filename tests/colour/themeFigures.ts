// The theme's colours measured as a reader sees them: every tint and highlight composited over the
// surface the text sits on (--surface), in the light theme (also print's) and the dark one, with typical
// vision and three simulated colour-vision deficiencies. Gives the CIEDE2000 differences between
// highlights and tints and between tints that may be neighbours, and the WCAG contrast of the text on each.

import { contrast, difference, over, seenWith, VISIONS, type Rgba, type Vision } from './colourMath'
import { colourOf, highlightNames, THEMES, themeTokens, tintNames, type ThemeName } from './themeColours'

/** The least a measure may be; the reasons are in docs/COLOURS.md. */
export const MINIMUMS = {
  /** A highlight's fill against any tint, and a highlight over a tint against that tint, typical vision. */
  highlightVsTint: 10,
  /** Tints that may be neighbours, typical vision. */
  neighbourTints: 10,
  /** Tints that may be neighbours, with each simulated deficiency. */
  neighbourTintsDeficient: 5,
  /** Any two tints, typical vision: none is a near copy of another. */
  anyTints: 4.5,
  /** Text (--text) on a tint, a highlight, or a highlight over a tint (WCAG 2.2 AA, 1.4.3). */
  textContrast: 4.5,
  /** A highlight's bar against the surface and against its own fill (WCAG 2.2 AA, 1.4.11, non-text contrast). */
  barContrast: 3,
} as const

export interface ThemeColours {
  theme: ThemeName
  surface: Rgba
  text: Rgba
  /** Each tint over the surface. */
  tints: Rgba[]
  /** Each highlight's fill over the surface, and its bar, by name. */
  highlights: Array<{ name: string; fill: Rgba; fillOverTint: Rgba[]; line: Rgba }>
}

export function themeColours(css?: string): ThemeColours[] {
  const tokens = themeTokens(css)
  const names = highlightNames(css)
  return THEMES.map((theme) => {
    const t = tokens[theme]
    const surface = colourOf(t, '--surface')
    const tints = tintNames(t).map((name) => over(colourOf(t, name), surface))
    const highlights = names.map((name) => {
      const fill = colourOf(t, `--hl-${name}`)
      return { name, fill: over(fill, surface), fillOverTint: tints.map((tint) => over(fill, tint)), line: colourOf(t, `--hl-${name}-line`) }
    })
    return { theme, surface, text: colourOf(t, '--text'), tints, highlights }
  })
}

/** The smallest CIEDE2000 difference between two tints over every theme, with the given vision. */
export function tintDifference(colours: readonly ThemeColours[], i: number, j: number, vision: Vision): number {
  return Math.min(...colours.map((c) => difference(seenWith(vision, c.tints[i] as Rgba), seenWith(vision, c.tints[j] as Rgba))))
}

/** Pairs of tints too alike to be neighbours: below a neighbour minimum in some theme, with some vision. */
export function measuredClashes(colours: readonly ThemeColours[]): Array<[number, number]> {
  const count = colours[0]?.tints.length ?? 0
  const pairs: Array<[number, number]> = []
  for (let i = 0; i < count; i++) {
    for (let j = i + 1; j < count; j++) {
      const close = VISIONS.some((v) => tintDifference(colours, i, j, v) < (v === 'typical' ? MINIMUMS.neighbourTints : MINIMUMS.neighbourTintsDeficient))
      if (close) pairs.push([i, j])
    }
  }
  return pairs
}

export interface Figure {
  /** What is measured, e.g. "highlight vs tint". */
  measure: string
  theme: ThemeName
  vision: Vision | 'any'
  /** The least value found, and where. */
  min: number
  at: string
  minimum: number | null
}

const least = (values: Array<{ value: number; at: string }>): { min: number; at: string } =>
  values.reduce((best, v) => (v.value < best.min ? { min: v.value, at: v.at } : best), { min: Infinity, at: '' })

/** Every measure, per theme and vision, with neighbour pairs as `allowed(i, j)` says. */
export function figures(colours: readonly ThemeColours[], allowed: (i: number, j: number) => boolean): Figure[] {
  const out: Figure[] = []
  for (const c of colours) {
    const tintPairs = c.tints.flatMap((_, i) => c.tints.flatMap((_, j) => (j > i ? [[i, j] as const] : [])))
    for (const vision of VISIONS) {
      const seen = (x: Rgba): Rgba => seenWith(vision, x)
      const hlVsTint = least(c.highlights.flatMap((h) => c.tints.map((t, i) => ({ value: difference(seen(h.fill), seen(t)), at: `${h.name} / tint-${i}` }))))
      const hlOverTint = least(c.highlights.flatMap((h) => c.tints.map((t, i) => ({ value: difference(seen(h.fillOverTint[i] as Rgba), seen(t)), at: `${h.name} over tint-${i}` }))))
      const neighbours = least(tintPairs.filter(([i, j]) => allowed(i, j)).map(([i, j]) => ({ value: difference(seen(c.tints[i] as Rgba), seen(c.tints[j] as Rgba)), at: `tint-${i} / tint-${j}` })))
      const any = least(tintPairs.map(([i, j]) => ({ value: difference(seen(c.tints[i] as Rgba), seen(c.tints[j] as Rgba)), at: `tint-${i} / tint-${j}` })))
      const typical = vision === 'typical'
      out.push({ measure: 'ΔE00 highlight vs tint', theme: c.theme, vision, ...hlVsTint, minimum: typical ? MINIMUMS.highlightVsTint : null })
      out.push({ measure: 'ΔE00 highlight over tint vs that tint', theme: c.theme, vision, ...hlOverTint, minimum: typical ? MINIMUMS.highlightVsTint : null })
      out.push({ measure: 'ΔE00 neighbouring tints', theme: c.theme, vision, ...neighbours, minimum: typical ? MINIMUMS.neighbourTints : MINIMUMS.neighbourTintsDeficient })
      out.push({ measure: 'ΔE00 any two tints', theme: c.theme, vision, ...any, minimum: typical ? MINIMUMS.anyTints : null })
    }
    const onTint = least(c.tints.map((t, i) => ({ value: contrast(c.text, t), at: `tint-${i}` })))
    const onHighlight = least(c.highlights.map((h) => ({ value: contrast(c.text, h.fill), at: h.name })))
    const onBoth = least(c.highlights.flatMap((h) => h.fillOverTint.map((f, i) => ({ value: contrast(c.text, f), at: `${h.name} over tint-${i}` }))))
    const bar = least(c.highlights.map((h) => ({ value: contrast(h.line, c.surface), at: `${h.name} bar` })))
    const barOnFill = least(c.highlights.flatMap((h) => [h.fill, ...h.fillOverTint].map((f, i) => ({ value: contrast(h.line, f), at: i === 0 ? `${h.name} bar on its fill` : `${h.name} bar on its fill over tint-${i - 1}` }))))
    out.push({ measure: 'contrast text on tint', theme: c.theme, vision: 'any', ...onTint, minimum: MINIMUMS.textContrast })
    out.push({ measure: 'contrast text on highlight', theme: c.theme, vision: 'any', ...onHighlight, minimum: MINIMUMS.textContrast })
    out.push({ measure: 'contrast text on highlight over tint', theme: c.theme, vision: 'any', ...onBoth, minimum: MINIMUMS.textContrast })
    out.push({ measure: 'contrast highlight bar on surface', theme: c.theme, vision: 'any', ...bar, minimum: MINIMUMS.barContrast })
    out.push({ measure: 'contrast highlight bar on its fill', theme: c.theme, vision: 'any', ...barOnFill, minimum: MINIMUMS.barContrast })
  }
  return out
}
