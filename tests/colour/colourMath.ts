// Colour arithmetic for checking the theme by measurement: CSS colours read as sRGB with alpha, a colour
// laid over an opaque background as the browser composites it, CIELAB (D65), the CIEDE2000 colour
// difference, WCAG 2.x relative luminance and contrast ratio, and how a colour looks with a colour-vision
// deficiency (the Machado, Oliveira and Fernandes 2009 model at full severity).

/** An sRGB colour, channels 0–255, alpha 0–1. */
export interface Rgba {
  r: number
  g: number
  b: number
  a: number
}

export interface Lab {
  L: number
  a: number
  b: number
}

/** Reads `#rgb`, `#rrggbb`, `rgb(r g b)`, `rgb(r g b / a)` and `rgb(r, g, b)`; throws on anything else. */
export function parseColour(text: string): Rgba {
  const value = text.trim()
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value)
  if (hex) {
    const digits = (hex[1] as string).length === 3 ? [...(hex[1] as string)].map((d) => d + d).join('') : (hex[1] as string)
    return { r: parseInt(digits.slice(0, 2), 16), g: parseInt(digits.slice(2, 4), 16), b: parseInt(digits.slice(4, 6), 16), a: 1 }
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*(?:[/,]\s*([\d.]+)(%?))?\s*\)$/i.exec(value)
  if (rgb) {
    const alpha = rgb[4] === undefined ? 1 : Number(rgb[4]) / (rgb[5] === '%' ? 100 : 1)
    return { r: Number(rgb[1]), g: Number(rgb[2]), b: Number(rgb[3]), a: alpha }
  }
  throw new Error(`not a colour this reader knows: ${text}`)
}

/** `top` laid over `under` (opaque), mixed in sRGB as browsers paint: an opaque colour. */
export function over(top: Rgba, under: Rgba): Rgba {
  const mix = (t: number, u: number): number => t * top.a + u * (1 - top.a)
  return { r: mix(top.r, under.r), g: mix(top.g, under.g), b: mix(top.b, under.b), a: 1 }
}

const toLinear = (channel: number): number => {
  const c = channel / 255
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
}

const fromLinear = (linear: number): number => {
  const c = Math.min(1, Math.max(0, linear))
  return 255 * (c <= 0.0031308 ? c * 12.92 : 1.055 * c ** (1 / 2.4) - 0.055)
}

/** WCAG 2.x relative luminance of an opaque colour. */
export function luminance({ r, g, b }: Rgba): number {
  return 0.2126 * toLinear(r) + 0.7152 * toLinear(g) + 0.0722 * toLinear(b)
}

/** WCAG 2.x contrast ratio between two opaque colours, 1 to 21. */
export function contrast(x: Rgba, y: Rgba): number {
  const [light, dark] = [luminance(x), luminance(y)].sort((p, q) => q - p) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

/** CIELAB of an opaque sRGB colour, D65 white. */
export function toLab({ r, g, b }: Rgba): Lab {
  const [lr, lg, lb] = [toLinear(r), toLinear(g), toLinear(b)]
  const x = (0.4124564 * lr + 0.3575761 * lg + 0.1804375 * lb) / 0.95047
  const y = 0.2126729 * lr + 0.7151522 * lg + 0.072175 * lb
  const z = (0.0193339 * lr + 0.119192 * lg + 0.9503041 * lb) / 1.08883
  const f = (t: number): number => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116)
  const [fx, fy, fz] = [f(x), f(y), f(z)]
  return { L: 116 * fy - 16, a: 500 * (fx - fy), b: 200 * (fy - fz) }
}

const degrees = (radians: number): number => (radians * 180) / Math.PI
const radians = (deg: number): number => (deg * Math.PI) / 180

/** The CIEDE2000 colour difference (kL = kC = kH = 1), as Sharma, Wu and Dalal 2005 give it. */
export function deltaE2000(one: Lab, two: Lab): number {
  const c1 = Math.hypot(one.a, one.b)
  const c2 = Math.hypot(two.a, two.b)
  const cMean7 = ((c1 + c2) / 2) ** 7
  const g = 0.5 * (1 - Math.sqrt(cMean7 / (cMean7 + 25 ** 7)))
  const a1 = (1 + g) * one.a
  const a2 = (1 + g) * two.a
  const cp1 = Math.hypot(a1, one.b)
  const cp2 = Math.hypot(a2, two.b)
  const hue = (b: number, a: number): number => (b === 0 && a === 0 ? 0 : (degrees(Math.atan2(b, a)) + 360) % 360)
  const h1 = hue(one.b, a1)
  const h2 = hue(two.b, a2)
  const dL = two.L - one.L
  const dC = cp2 - cp1
  let dh = 0
  if (cp1 * cp2 !== 0) dh = Math.abs(h2 - h1) <= 180 ? h2 - h1 : h2 - h1 > 180 ? h2 - h1 - 360 : h2 - h1 + 360
  const dH = 2 * Math.sqrt(cp1 * cp2) * Math.sin(radians(dh / 2))
  const lMean = (one.L + two.L) / 2
  const cpMean = (cp1 + cp2) / 2
  let hMean = h1 + h2
  if (cp1 * cp2 !== 0) hMean = Math.abs(h1 - h2) <= 180 ? (h1 + h2) / 2 : h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2
  const t = 1 - 0.17 * Math.cos(radians(hMean - 30)) + 0.24 * Math.cos(radians(2 * hMean)) + 0.32 * Math.cos(radians(3 * hMean + 6)) - 0.2 * Math.cos(radians(4 * hMean - 63))
  const sL = 1 + (0.015 * (lMean - 50) ** 2) / Math.sqrt(20 + (lMean - 50) ** 2)
  const sC = 1 + 0.045 * cpMean
  const sH = 1 + 0.015 * cpMean * t
  const cpMean7 = cpMean ** 7
  const rT = -2 * Math.sqrt(cpMean7 / (cpMean7 + 25 ** 7)) * Math.sin(radians(60 * Math.exp(-(((hMean - 275) / 25) ** 2))))
  return Math.sqrt((dL / sL) ** 2 + (dC / sC) ** 2 + (dH / sH) ** 2 + rT * (dC / sC) * (dH / sH))
}

/** CIEDE2000 between two opaque sRGB colours. */
export function difference(x: Rgba, y: Rgba): number {
  return deltaE2000(toLab(x), toLab(y))
}

export type Vision = 'typical' | 'protan' | 'deutan' | 'tritan'
export const VISIONS: readonly Vision[] = ['typical', 'protan', 'deutan', 'tritan']

/** Machado et al. 2009, severity 1, applied to linear RGB. */
const SIMULATION: Record<Exclude<Vision, 'typical'>, number[][]> = {
  protan: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deutan: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritan: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
}

/** How an opaque colour looks with the given vision. */
export function seenWith(vision: Vision, colour: Rgba): Rgba {
  if (vision === 'typical') return colour
  const linear = [toLinear(colour.r), toLinear(colour.g), toLinear(colour.b)]
  const [r, g, b] = SIMULATION[vision].map((row) => row.reduce((sum, k, i) => sum + k * (linear[i] as number), 0)) as [number, number, number]
  return { r: fromLinear(r), g: fromLinear(g), b: fromLinear(b), a: 1 }
}
