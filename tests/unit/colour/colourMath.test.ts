// The colour arithmetic the theme is measured with, checked against published values: CIEDE2000 against
// pairs of Sharma, Wu and Dalal's test data (including the hue-angle edge cases), CIELAB of the sRGB
// primaries, WCAG contrast of known pairs, and the colour-vision simulations' fixed points.

import { describe, expect, it } from 'vitest'
import { contrast, deltaE2000, difference, over, parseColour, seenWith, toLab, VISIONS } from '../../colour/colourMath'

describe('CIEDE2000', () => {
  it('matches Sharma, Wu and Dalal (2005) test pairs to four decimals', () => {
    const pairs: Array<[[number, number, number], [number, number, number], number]> = [
      [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
      [[50, 0, 0], [50, -1, 2], 2.3669],
      [[50, 2.49, -0.001], [50, -2.49, 0.0009], 7.1792],
      [[50, 2.49, -0.001], [50, -2.49, 0.0011], 7.2195],
      [[50, 2.5, 0], [73, 25, -18], 27.1492],
      [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
      [[2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514], 0.9082],
    ]
    for (const [[L1, a1, b1], [L2, a2, b2], expected] of pairs) {
      expect(deltaE2000({ L: L1, a: a1, b: b1 }, { L: L2, a: a2, b: b2 })).toBeCloseTo(expected, 4)
      expect(deltaE2000({ L: L2, a: a2, b: b2 }, { L: L1, a: a1, b: b1 })).toBeCloseTo(expected, 4)
    }
  })

  it('is zero for a colour against itself', () => {
    expect(difference(parseColour('#2f5d9b'), parseColour('rgb(47 93 155)'))).toBe(0)
  })
})

describe('sRGB to CIELAB', () => {
  it('puts white at L 100 and the primaries where the standard tables do', () => {
    const round = (lab: { L: number; a: number; b: number }) => [lab.L, lab.a, lab.b].map((v) => Math.round(v * 10) / 10 + 0)
    expect(round(toLab(parseColour('#ffffff')))).toEqual([100, 0, 0])
    expect(round(toLab(parseColour('#ff0000')))).toEqual([53.2, 80.1, 67.2])
    expect(round(toLab(parseColour('#00ff00')))).toEqual([87.7, -86.2, 83.2])
    expect(round(toLab(parseColour('#0000ff')))).toEqual([32.3, 79.2, -107.9])
  })
})

describe('contrast and compositing', () => {
  it('gives WCAG contrast ratios: 21 for black on white, 4.48 for #777 on white', () => {
    expect(contrast(parseColour('#000'), parseColour('#fff'))).toBeCloseTo(21, 5)
    expect(contrast(parseColour('#fff'), parseColour('#777777'))).toBeCloseTo(4.48, 2)
  })

  it('lays a translucent colour over a background as the browser does', () => {
    expect(over(parseColour('rgb(255 0 0 / 0.25)'), parseColour('#ffffff'))).toEqual({ r: 255, g: 191.25, b: 191.25, a: 1 })
  })

  it('reads the colour forms the theme uses, and refuses others', () => {
    expect(parseColour('rgb(236 58 109 / 0.4)')).toEqual({ r: 236, g: 58, b: 109, a: 0.4 })
    expect(parseColour('#24262a')).toEqual({ r: 36, g: 38, b: 42, a: 1 })
    expect(() => parseColour('color-mix(in srgb, red, blue)')).toThrow(/not a colour/)
  })
})

describe('colour-vision simulations', () => {
  it('leave greys grey, and make red and green alike for protan and deutan vision but not for tritan', () => {
    for (const vision of VISIONS) {
      const grey = seenWith(vision, parseColour('#808080'))
      expect(difference(grey, parseColour('#808080'))).toBeLessThan(1)
    }
    const red = parseColour('#d55e00')
    const green = parseColour('#009e73')
    expect(difference(red, green)).toBeGreaterThan(40)
    for (const vision of ['protan', 'deutan'] as const) expect(difference(seenWith(vision, red), seenWith(vision, green))).toBeLessThan(difference(red, green) / 2)
    expect(difference(seenWith('tritan', red), seenWith('tritan', green))).toBeGreaterThan(30)
  })
})
