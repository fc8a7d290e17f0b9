// The details read from real news pages as saved from the web (tests/fixtures/web-pages), where they
// used to go wrong: a byline given twice, a date in a meta tag or a <time> missed, the site's name taken
// for the title, the author left in the title, a date and a comment count glued to the byline.

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { parseInert } from '../../../src/reading/inertDocument'
import { readPage, type HtmlDetails } from '../../../src/reading/page'

const PAGES = 'tests/fixtures/web-pages'

function detailsOf(name: string): Omit<HtmlDetails, 'url'> {
  const result = readPage(gunzipSync(readFileSync(join(PAGES, `${name}.html.gz`))).toString('utf8'), parseInert)
  if (!result.ok) throw new Error(result.reason)
  const { title, byline, outlet, publishedAt } = result.details
  return { title, byline, outlet, publishedAt }
}

describe('details of saved news pages', () => {
  it('New York Times: the author once, the date from article:published, the outlet from the address', () => {
    expect(detailsOf('nytimes-1')).toEqual({ title: 'United States to Lift Sudan Sanctions', byline: 'Jeffrey Gettleman', outlet: 'nytimes.com', publishedAt: '2017-01-13T00:00:04-05:00' })
    expect(detailsOf('nytimes-2')).toEqual({
      title: 'Yahoo’s Sale to Verizon Leaves Shareholders With Little Say',
      byline: 'Steven Davidoff Solomon',
      outlet: 'nytimes.com',
      publishedAt: '2016-07-29T16:42:34-04:00',
    })
  })

  it('Ars Technica: the date from the <time> in the article', () => {
    expect(detailsOf('ars-1')).toEqual({ title: 'Just-released Minecraft exploit makes it easy to crash game servers', byline: 'Dan Goodin', outlet: 'Ars Technica', publishedAt: '2015-04-16T20:02:01+00:00' })
  })

  it("Yahoo: the article's headline, not the site's name and slogan; the outlet without the slogan", () => {
    expect(detailsOf('yahoo-2')).toEqual({ title: 'Russia: Space ship malfunctions, breaks up over Siberia', byline: 'NATALIYA VASILYEVA', outlet: 'Yahoo News', publishedAt: '2016-12-01T23:29:49.000Z' })
  })

  it('The Guardian: the title without its author', () => {
    expect(detailsOf('guardian-1')).toEqual({
      title: "'What is the sea telling us?': Māori tribes fearful over whale strandings",
      byline: 'Eleanor Ainge Roy',
      outlet: 'the Guardian',
      publishedAt: '2019-01-03T07:00:02.000Z',
    })
  })

  it('Breitbart: the title without " - Breitbart", the byline without the date and comment count glued to it', () => {
    expect(detailsOf('breitbart')).toEqual({
      title: "'Neutral' Snopes Fact-Checker David Emery: 'Are There Any Un-Angry Trump Supporters?'",
      byline: 'Lucas Nolan',
      outlet: 'Breitbart',
      publishedAt: '2016-12-22T10:43:37-08:00',
    })
  })
})

describe('every saved page', () => {
  const names = readdirSync(PAGES)
    .filter((file) => file.endsWith('.html.gz'))
    .map((file) => file.slice(0, -'.html.gz'.length))

  it.each(names)('%s: a title that is not the outlet, a byline without digits, a date that reads as ISO 8601', (name) => {
    const { title, byline, outlet, publishedAt } = detailsOf(name)
    expect(title).not.toBeNull()
    expect(title?.toLowerCase()).not.toBe(outlet?.toLowerCase())
    expect(byline ?? '').not.toMatch(/\d/)
    if (publishedAt !== null) expect(publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?)?$/)
  })
})
