// Writes src/shared/quotes/commonWords.ts, the common words of news English that are never a person's name on
// their own, from a folder of news reports: `node scripts/commonWords.mjs <corpus>`, where <corpus> holds one
// folder per story of `.txt` reports (the title's line, a blank line, the body). The clusters of the quote
// labels (tests/fixtures/quotes*/articles) are left out, so that the labels measure the list on words it was
// not made from.
//
// A word is kept when the reports write it in lower case at least MIN_LOWER times and, written with a capital
// in the middle of a sentence with no capitalised word beside it (as a surname is: "said Ward", ", Hope said"),
// at most once for every RATIO times in lower case. Titles and lines set in capitals throughout (headlines,
// cards of links) are not read: their capitals say nothing.

import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const MIN_LOWER = 50
export const RATIO = 20
const OUT = 'src/shared/quotes/commonWords.ts'
const WORD = /[A-Za-z][A-Za-z'’.-]*/g

/** The common words of reports' texts, sorted. */
export function commonWords(texts, { minLower = MIN_LOWER, ratio = RATIO } = {}) {
  const lower = new Map()
  const alone = new Map()
  const add = (map, word) => map.set(word, (map.get(word) ?? 0) + 1)
  for (const text of texts) {
    for (const paragraph of text.split('\n').slice(1)) {
      const words = [...paragraph.matchAll(WORD)].map((m) => ({ word: m[0], at: m.index }))
      if (words.length === 0 || words.filter((w) => /^[A-Z]/.test(w.word)).length > 0.5 * words.length) continue
      words.forEach(({ word, at }, k) => {
        // Not a part of an address, an e-mail or a handle ("michael.smith@…", "/politics/", "https://").
        if (/[\w/@#.-]/.test(paragraph[at - 1] ?? ' ') || /^(?:[@/]|:\/\/)/.test(paragraph.slice(at + word.length, at + word.length + 3)) || /[.][A-Za-z]/.test(word)) return
        const base = word.replace(/(?:['’]s|[.'’-])$/, '')
        if (!/^[A-Za-z][a-z]+$/.test(base)) return
        if (/^[a-z]/.test(base)) return add(lower, base)
        let j = at - 1
        while (j >= 0 && paragraph[j] === ' ') j--
        if (!(j >= 0 && (/[a-z]/.test(paragraph[j]) || paragraph[j] === ','))) return
        const previous = words[k - 1]?.word ?? ''
        const next = words[k + 1]
        const nextBeside = next !== undefined && !word.endsWith('.') && /^[A-Z]/.test(next.word) && paragraph.slice(at + word.length, next.at).trim() === ''
        if (/^[A-Z]/.test(previous) || nextBeside) return
        add(alone, base.toLowerCase())
      })
    }
  }
  return [...lower].filter(([w, n]) => n >= minLower && (alone.get(w) ?? 0) * ratio <= n).map(([w]) => w).sort()
}

/** The TypeScript module that holds the words. */
export function commonWordsSource(words, reports) {
  const lines = []
  let line = ''
  for (const word of words) {
    if (line.length + word.length + 1 > 108) {
      lines.push(line)
      line = ''
    }
    line += `${word} `
  }
  if (line) lines.push(line)
  return `// Common words of news English that are never a person's name on their own: a capitalised one alone where a
// speaker's name should be ("Witnesses told police", "Prosecutors say", "Aides said") names no one. Made by
// scripts/commonWords.mjs from ${reports.toLocaleString('en-US')} news reports: each is written in lower case ${MIN_LOWER} times or more there
// and alone with a capital mid-sentence at most once for every ${RATIO} of those. Do not edit by hand; run the script again.

export const COMMON_WORDS: ReadonlySet<string> = new Set(
  (
${lines.map((l, i) => `    '${l}'${i < lines.length - 1 ? ' +' : ''}`).join('\n')}
  )
    .trim()
    .split(' '),
)
`
}

function main() {
  const corpus = process.argv[2]
  if (!corpus || !existsSync(corpus) || !statSync(corpus).isDirectory()) {
    console.error('usage: node scripts/commonWords.mjs <folder of news reports, one folder per story>')
    process.exit(2)
  }
  const labelled = new Set()
  for (const fixture of ['tests/fixtures/quotes/articles', 'tests/fixtures/quotes-heldout/articles']) {
    if (existsSync(fixture)) for (const cluster of readdirSync(fixture)) labelled.add(cluster)
  }
  const texts = []
  for (const cluster of readdirSync(corpus).sort()) {
    const folder = join(corpus, cluster)
    if (labelled.has(cluster) || !statSync(folder).isDirectory()) continue
    for (const file of readdirSync(folder).sort()) if (file.endsWith('.txt')) texts.push(readFileSync(join(folder, file), 'utf8'))
  }
  const words = commonWords(texts)
  writeFileSync(OUT, commonWordsSource(words, texts.length))
  console.log(`${words.length} words from ${texts.length} reports written to ${OUT}`)
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main()
