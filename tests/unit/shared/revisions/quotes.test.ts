// Quotations changed between two versions, as the quote ledger reads them: corrected, trimmed, extended,
// added, removed, printed without their marks; a short one corrected (two groups in the ledger) made one
// again; a quotation read otherwise only because its lines were wrapped otherwise is no change.

import { describe, expect, it } from 'vitest'
import { renderRevision, summariseRevision } from '../../../../src/shared/revisions'

const QUOTE = 'We will rebuild the bridge before the winter comes, whatever the cost to the city'
const before = (quote = `“${QUOTE},” said Mayor Ana Ruiz.`): string =>
  ['The council met on Tuesday evening to discuss the collapsed bridge over the river.', quote, 'Engineers began clearing the site on Wednesday morning, the city said.'].join('\n\n')

const changes = (older: string, newer: string): string[] => renderRevision(summariseRevision({ title: null, text: older }, { title: null, text: newer }))
const quoteOnly = (older: string, newer: string): string[] => changes(older, newer).filter((line) => line.startsWith('quote'))

describe('quotations changed', () => {
  it('a word corrected inside a long quotation: the quotation’s change, with the speaker the ledger gives', () => {
    expect(changes(before(), before(`“${QUOTE.replace('the winter', 'this winter')},” said Mayor Ana Ruiz.`))).toEqual(['quote of Ana Ruiz corrected: {the→this}'])
  })

  it('trimmed and extended', () => {
    const trimmed = before(`“We will rebuild the bridge before the winter comes,” said Mayor Ana Ruiz.`)
    expect(quoteOnly(before(), trimmed)).toEqual([`quote of Ana Ruiz trimmed: “${QUOTE},” → “We will rebuild the bridge before the winter comes,”`])
    expect(quoteOnly(trimmed, before())).toEqual([`quote of Ana Ruiz extended: “We will rebuild the bridge before the winter comes,” → “${QUOTE},”`])
  })

  it('added and removed with their sentences', () => {
    const none = before('The mayor did not speak at the meeting.')
    expect(changes(none, before())).toEqual(['removed: The mayor did not speak at the meeting.', `added: “${QUOTE},” said Mayor Ana Ruiz.`, `quote of Ana Ruiz added: “${QUOTE},”`])
    expect(quoteOnly(before(), none)).toEqual([`quote of Ana Ruiz removed: “${QUOTE},”`])
  })

  it('printed without its quotation marks', () => {
    expect(quoteOnly(before(), before(`${QUOTE}, said Mayor Ana Ruiz.`))).toEqual([`quote of Ana Ruiz unquoted: “${QUOTE},” → “${QUOTE}”`])
  })

  it('a short quotation corrected is one change, not one removed and one added', () => {
    const short = (word: string): string => before(`“Our ${word} is in danger,” the mayor, Ana Ruiz, declared in a televised address on Wednesday evening.`)
    expect(changes(short('city'), short('town'))).toEqual(['quote of Ana Ruiz corrected: {city→town}'])
  })

  it('no change where only the lines inside a quotation were wrapped otherwise', () => {
    const long = `“${QUOTE}. We have the money. The engineers are ready,” said Mayor Ana Ruiz.`
    expect(changes(before(long), before(long.replace('. We have', '.\nWe have').replace('. The engineers', '.\nThe engineers')))).toEqual([])
  })
})
