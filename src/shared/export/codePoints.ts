// Offsets in code points and in UTF-16 units. The Web Annotation model counts a TextPositionSelector in
// code points, JavaScript strings in UTF-16 units: the two differ only where a text holds characters beyond
// the Basic Multilingual Plane (an emoji, some scripts), so a text without them maps each offset to itself.

export interface CodePoints {
  fromUnits: (units: number) => number
  toUnits: (codePoints: number) => number
}

export function codePointsOf(text: string): CodePoints {
  if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) return { fromUnits: (n) => n, toUnits: (n) => n }
  // unitsAt[c]: the UTF-16 offset of code point c; codePointAt[u]: the code point at or before unit u.
  const unitsAt: number[] = []
  const codePointAt = new Int32Array(text.length + 1)
  let units = 0
  for (const character of text) {
    codePointAt[units] = unitsAt.length
    if (character.length === 2) codePointAt[units + 1] = unitsAt.length
    unitsAt.push(units)
    units += character.length
  }
  codePointAt[units] = unitsAt.length
  unitsAt.push(units)
  return {
    fromUnits: (n) => codePointAt[Math.min(Math.max(n, 0), text.length)] as number,
    toUnits: (n) => (n < unitsAt.length ? (unitsAt[n] as number) : text.length + 1),
  }
}
