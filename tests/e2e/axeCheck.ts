// axe-core in the page, for the tests that check accessibility state by state: the violations it finds,
// counted by impact, kept per state so a test run can write them out.

import { createRequire } from 'node:module'
import { mkdir, writeFile } from 'node:fs/promises'
import type { Page } from 'playwright-core'

const require = createRequire(import.meta.url)

export interface AxeViolation {
  id: string
  impact: string
  nodes: number
  /** Where, for the first few nodes (CSS selectors). */
  where: string[]
}

export interface AxeState {
  state: string
  violations: AxeViolation[]
  /** How many violations of each impact (minor, moderate, serious, critical). */
  counts: Record<string, number>
}

/** Runs axe-core over the whole page as it is now; the page must have been started with bypassCSP. */
export async function axeCheck(page: Page, state: string): Promise<AxeState> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') })
  const violations = await page.evaluate(async () => {
    type Result = { violations: Array<{ id: string; impact: string; nodes: Array<{ target: unknown[] }> }> }
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<Result> } }).axe
    const result = await axe.run(document)
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, where: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }))
  })
  const counts: Record<string, number> = { minor: 0, moderate: 0, serious: 0, critical: 0 }
  for (const v of violations) counts[v.impact] = (counts[v.impact] ?? 0) + 1
  return { state, violations, counts }
}

/** The serious and critical ones: what the tests allow none of. */
export const blocking = (result: AxeState): AxeViolation[] => result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')

/** Writes the results of a run where a person can read them (artifacts/axe/<name>.json). */
export async function saveAxeResults(name: string, results: AxeState[]): Promise<void> {
  await mkdir('artifacts/axe', { recursive: true })
  await writeFile(`artifacts/axe/${name}.json`, `${JSON.stringify(results, null, 2)}\n`)
}
