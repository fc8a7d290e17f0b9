// The runs of capitalised words a report's people are found in: the scan that passes over the places no run
// can begin finds exactly the runs the regular expression's own search finds, on real reports and on names
// written with letters outside ASCII.

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { NAME_RUN, nextNameRun } from '../../../../src/shared/quotes/mentions'

const folder = join(__dirname, '../../../fixtures/quotes/articles')

function searched(text: string): string[] {
  return [...text.matchAll(new RegExp(NAME_RUN.source, 'gu'))].map((m) => `${m.index}:${m[0]}`)
}

function scanned(text: string): string[] {
  const found: string[] = []
  for (let m = nextNameRun(text, 0); m; m = nextNameRun(text, m.index + m[0].length)) found.push(`${m.index}:${m[0]}`)
  return found
}

describe('the runs of capitalised words in a report', () => {
  it('are those the search finds, in every labelled report', () => {
    let runs = 0
    for (const cluster of readdirSync(folder)) {
      for (const file of readdirSync(join(folder, cluster))) {
        const text = readFileSync(join(folder, cluster, file), 'utf8')
        const expected = searched(text)
        expect(scanned(text)).toEqual(expected)
        runs += expected.length
      }
    }
    expect(runs).toBeGreaterThan(1000)
  })

  it('begin at capitals outside ASCII and not after a letter outside it', () => {
    const text = 'Émile Zola met Łukasz Ñúñez and O’Brien in Zürich; AbcDef, “Über alles,” said 𝐀lpha Brown. ÉtatX, naïveTé, 2Fast Éric.'
    expect(scanned(text)).toEqual(searched(text))
    expect(scanned(text)).toContain('0:Émile Zola')
    expect(scanned(text)).toContain('15:Łukasz Ñúñez')
  })
})
