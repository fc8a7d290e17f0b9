// Quotations changed between two versions, as the quote ledger reads them: corrected, trimmed, extended,
// added, removed, printed without their marks; a short one corrected (two groups in the ledger) made one
// again; a quotation read otherwise only because its lines were wrapped otherwise is no change. The passages
// are Fox News's report of Jeff Sessions's hearing (14 November 2017) and The Hill's of President Trump's
// address to Congress (28 February 2017); the corrections are the wordings other outlets printed ("kind" in
// The Hill, "things" in a New York Post column).

import { describe, expect, it } from 'vitest'
import { renderRevision, summariseRevision } from '../../../../src/shared/revisions'

const QUOTE = 'I believe the proper thing for me to do, would be to recuse myself from any questions involving those kinds of investigations that involve Secretary Clinton and that were raised during the campaign or to be otherwise connected to it'
const TRIMMED = 'I believe the proper thing for me to do, would be to recuse myself from any questions involving those kinds of investigations that involve Secretary Clinton'
const before = (quote = `“${QUOTE},” Sessions said.`): string =>
  [
    'Attorney General Jeff Sessions could face heat from both sides of the aisle Tuesday, in a widely anticipated appearance before House lawmakers that comes just hours after he revealed that he has ordered top prosecutors to look into "certain issues" involving the Clinton Foundation and the controversial sale of American uranium interests to Russia.',
    quote,
    "The Justice Department did not confirm the breadth of Sessions’ recusal to Fox News, as that would confirm the existence of an investigation, but referred queries to Sessions' confirmation hearing statement.",
  ].join('\n\n')

const changes = (older: string, newer: string): string[] => renderRevision(summariseRevision({ title: null, text: older }, { title: null, text: newer }))
const quoteOnly = (older: string, newer: string): string[] => changes(older, newer).filter((line) => line.startsWith('quote'))

describe('quotations changed', () => {
  it('a word corrected inside a long quotation: the quotation’s change, with the speaker the ledger gives', () => {
    expect(changes(before(), before(`“${QUOTE.replace('kinds', 'kind')},” Sessions said.`))).toEqual(['quote of Jeff Sessions corrected: {kinds→kind}'])
  })

  it('trimmed and extended', () => {
    const trimmed = before(`“${TRIMMED},” Sessions said.`)
    expect(quoteOnly(before(), trimmed)).toEqual([`quote of Jeff Sessions trimmed: “${QUOTE},” → “${TRIMMED},”`])
    expect(quoteOnly(trimmed, before())).toEqual([`quote of Jeff Sessions extended: “${TRIMMED},” → “${QUOTE},”`])
  })

  it('added and removed with their sentences', () => {
    const none = before('It is unclear what Sessions can directly do regarding appointment of a special counsel.')
    expect(changes(none, before())).toEqual([
      'removed: It is unclear what Sessions can directly do regarding appointment of a special counsel.',
      `added: “${QUOTE},” Sessions said.`,
      `quote of Jeff Sessions added: “${QUOTE},”`,
    ])
    expect(quoteOnly(before(), none)).toEqual([`quote of Jeff Sessions removed: “${QUOTE},”`])
  })

  it('printed without its quotation marks', () => {
    expect(quoteOnly(before(), before(`${QUOTE}, Sessions said.`))).toEqual([`quote of Jeff Sessions unquoted: “${QUOTE},” → “${QUOTE}”`])
  })

  it('a short quotation corrected is one change, not one removed and one added', () => {
    const short = (word: string): string =>
      `President Trump told a joint session to Congress on Tuesday night that “the time for trivial ${word} is over” as he sought to reset his presidency after a chaotic first 40 days.`
    expect(changes(short('fights'), short('things'))).toEqual(['quote of Trump corrected: {fights→things}'])
  })

  it('no change where only the lines inside a quotation were wrapped otherwise', () => {
    const long = `“${QUOTE},” Sessions said.`
    expect(changes(before(long), before(long.replace(', would be', ',\nwould be').replace(' that involve', '\nthat involve')))).toEqual([])
  })
})
