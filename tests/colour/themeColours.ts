// Reads the colours the app paints with out of the real theme.css: the custom properties of the light
// theme (:root, which print uses too) and of the dark theme (its overrides on top), with var() references
// resolved, so measurements are made on exactly what the stylesheet says.

import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseColour, type Rgba } from './colourMath'

export const THEME_CSS = resolve(import.meta.dirname, '../../src/renderer/src/theme.css')

export type ThemeName = 'light' | 'dark'
export const THEMES: readonly ThemeName[] = ['light', 'dark']

/** The custom properties declared in the first rule whose selector is exactly `selector`. */
function declarations(css: string, selector: string): Map<string, string> {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '')
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const block = new RegExp(`(?:^|[\\s}])${escaped}\\s*\\{([^}]*)\\}`).exec(withoutComments)
  if (!block) throw new Error(`theme.css has no rule for ${selector}`)
  const found = new Map<string, string>()
  for (const [, name, value] of (block[1] as string).matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) found.set(name as string, (value as string).trim())
  return found
}

export const DARK_SELECTOR = ":root[data-scheme='dark']:not(.print-mode)"

/** Each theme's custom properties, the dark theme's being the light ones with its overrides. */
export function themeTokens(css: string = readFileSync(THEME_CSS, 'utf8')): Record<ThemeName, Map<string, string>> {
  const light = declarations(css, ':root')
  const dark = new Map([...light, ...declarations(css, DARK_SELECTOR)])
  return { light, dark }
}

/** A token's colour, following var() references. */
export function colourOf(tokens: ReadonlyMap<string, string>, name: string): Rgba {
  let value = tokens.get(name)
  for (let hops = 0; value !== undefined && hops < 10; hops++) {
    const reference = /^var\((--[\w-]+)\)$/.exec(value)
    if (!reference) return parseColour(value)
    value = tokens.get(reference[1] as string)
  }
  throw new Error(`theme.css gives no colour for ${name}`)
}

/** The tint tokens --tint-0 … --tint-(n-1), in order. */
export function tintNames(tokens: ReadonlyMap<string, string>): string[] {
  const names: string[] = []
  while (tokens.has(`--tint-${names.length}`)) names.push(`--tint-${names.length}`)
  return names
}

/** The highlight colours' names, from the .hl-<name> rules of the stylesheet. */
export function highlightNames(css: string = readFileSync(THEME_CSS, 'utf8')): string[] {
  return [...new Set([...css.matchAll(/^\.hl-(?!ring-)([a-z]+)\s*\{/gm)].map((m) => m[1] as string))]
}
