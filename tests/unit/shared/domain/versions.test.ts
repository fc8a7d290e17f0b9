// The rule that keeps a new version, what an article's versions are when none are stored, and the words
// the library and the column headers use for a change.

import { describe, expect, it } from 'vitest'
import { describeChange, describeWordChanges, headlineKey, isNewVersion, latestChange, versionsOf, type ArticleVersion } from '../../../../src/shared/domain/versions'

const HASH = 'a'.repeat(64)
const version = (change: Partial<ArticleVersion>): ArticleVersion => ({
  textHash: HASH, extractedHash: HASH, dropped: [], sourceHash: HASH, title: 'Bridge to close', byline: null,
  fetchedAt: '2026-03-01T12:00:00.000Z', url: 'https://news.example/bridge', words: 120, added: 0, removed: 0, headlineChanged: false, ...change,
})

describe('the threshold', () => {
  it('keeps any change of words by default, and a headline change whatever the threshold', () => {
    expect(isNewVersion({ added: 0, removed: 0 }, false, 1)).toBe(false)
    expect(isNewVersion({ added: 1, removed: 0 }, false, 1)).toBe(true)
    expect(isNewVersion({ added: 0, removed: 1 }, false, 1)).toBe(true)
    expect(isNewVersion({ added: 4, removed: 3 }, false, 5)).toBe(false)
    expect(isNewVersion({ added: 5, removed: 5 }, false, 5)).toBe(true)
    expect(isNewVersion({ added: 0, removed: 0 }, true, 20)).toBe(true)
  })

  it('compares headlines without their white space', () => {
    expect(headlineKey('  Bridge\nto   close ')).toBe(headlineKey('Bridge to close'))
    expect(headlineKey('Bridge to close')).not.toBe(headlineKey('Bridge to stay open'))
  })
})

describe('versions of an article', () => {
  const meta = { textHash: HASH, extractedHash: HASH, dropped: [2], sourceHash: HASH, title: 'Bridge to close', byline: 'A. Writer', wordCount: 120 }

  it('gives a fetched article of an older library the one version its fields describe, and a file none', () => {
    expect(versionsOf({ ...meta, fetched: { url: 'https://news.example/bridge', at: '2026-03-01T12:00:00.000Z' } })).toEqual([
      version({ dropped: [2], byline: 'A. Writer' }),
    ])
    expect(versionsOf(meta)).toEqual([])
  })

  it('says what changed last, once there is more than one version', () => {
    expect(latestChange([version({})])).toBeNull()
    expect(latestChange(undefined)).toBeNull()
    const change = latestChange([version({}), version({ fetchedAt: '2026-03-04T09:00:00.000Z', added: 12, removed: 3, headlineChanged: true })])
    expect(change).toEqual({ versions: 2, at: '2026-03-04T09:00:00.000Z', added: 12, removed: 3, headlineChanged: true })
    expect(describeChange(change!, 'en-GB')).toBe('changed on 4 Mar 2026: +12 / \u22123 words, headline changed')
    expect(describeChange({ ...change!, versions: 4 }, 'en-GB')).toBe('changed 3 times, last on 4 Mar 2026: +12 / \u22123 words, headline changed')
    expect(describeWordChanges({ added: 0, removed: 0, headlineChanged: true })).toBe('headline changed')
    expect(describeWordChanges({ added: 1, removed: 0, headlineChanged: false })).toBe('+1 / \u22120 word')
  })
})
