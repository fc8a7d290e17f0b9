// The rules that make a page's details trustworthy, each on a small page: a title that is the article's
// headline without the site's name, author or section; a byline with each person once and nothing glued
// on; the outlet from the site's own name, its publisher or its address; the published date from the most
// trusted place that gives one, with its offset.

import { describe, expect, it } from 'vitest'
import { parseInert } from '../../../src/reading/inertDocument'
import { readPage, type HtmlDetails } from '../../../src/reading/page'

const story = `<p>${'The ferry timetable changes on Monday, when the summer crossings to the islands begin again after the winter break. '.repeat(3)}</p>`

/** A page with `head`, and `body` before the story (in an <article> unless `articleTag` is false). */
function detailsOf(head: string, body = '', articleTag = true): HtmlDetails {
  const content = articleTag ? `<article>${body}${story}</article>` : `<div>${body}<div>${story}</div></div>`
  const result = readPage(`<!doctype html><html><head>${head}</head><body>${content}</body></html>`, parseInert)
  if (!result.ok) throw new Error(result.reason)
  return result.details
}

const ld = (value: unknown): string => `<script type="application/ld+json">${JSON.stringify(value)}</script>`

describe('title', () => {
  it('without the author the page names, nor its section, appended after the headline', () => {
    const head = '<meta property="og:title" content="Ferries return | Erin Cunningham"><meta name="author" content="Erin Cunningham"><title>Ferries return | Erin Cunningham | Travel | Island Post</title>'
    expect(detailsOf(head).title).toBe('Ferries return')
    expect(detailsOf('<title>Ferries return | Erin Cunningham | Travel | Island Post</title><meta name="author" content="Erin Cunningham"><meta property="article:section" content="Travel"><meta property="og:site_name" content="Island Post">').title).toBe('Ferries return')
  })

  it('without the site as its address names it', () => {
    expect(detailsOf('<title>Ferries return - IslandPost.example</title><link rel="canonical" href="https://www.islandpost.example/ferries">').title).toBe('Ferries return')
  })

  it("og:title that is only the site's name: the article's headline instead", () => {
    const head = '<meta property="og:site_name" content="Island Post"><meta property="og:title" content="Island Post"><title>Island Post</title>'
    expect(detailsOf(head, '<h1>Ferries return to the islands</h1>').title).toBe('Ferries return to the islands')
    expect(detailsOf(head + ld({ '@type': 'NewsArticle', headline: 'Summer ferries are back' })).title).toBe('Summer ferries are back')
  })

  it("the site's name with its slogan as og:title: the <title> or the h1, never the slogan alone", () => {
    const head = '<meta name="application-name" content="Island Post - News of the islands"><meta name="twitter:site" content="@IslandPost"><meta property="og:title" content="Island Post - News of the islands">'
    expect(detailsOf(`${head}<title>Ferries return to the islands</title>`)).toMatchObject({ title: 'Ferries return to the islands', outlet: 'Island Post' })
    expect(detailsOf(head, '<h1>Ferries return to the islands</h1>').title).toBe('Ferries return to the islands')
  })

  it("the site's logo as the first h1 is not the headline", () => {
    const head = '<meta property="og:site_name" content="Island Post">'
    expect(detailsOf(head, '<h1>Island Post</h1><h1>Ferries return to the islands</h1>', false).title).toBe('Ferries return to the islands')
  })
})

describe('byline', () => {
  it('one person in two tags, once in capitals: once, as "Jeffrey Gettleman"', () => {
    expect(detailsOf('<meta name="author" content="Erin Cunningham"><meta name="byl" content="By ERIN CUNNINGHAM">').byline).toBe('Erin Cunningham')
  })

  it('a date and a comment count glued to the name in the page are not part of it', () => {
    const body = '<p class="byline"><span>by</span> <a href="/author/erin">Erin Cunningham</a><span>22 Dec 2016</span><a href="#comments">651</a></p>'
    expect(detailsOf('<title>Ferries return</title>', body).byline).toBe('Erin Cunningham')
  })

  it('several authors as "A, B and C"', () => {
    expect(detailsOf(ld({ '@type': 'NewsArticle', author: [{ name: 'Erin Cunningham' }, { name: 'Ahiza Garcia' }, { name: 'Dan Goodin' }] })).byline).toBe('Erin Cunningham, Ahiza Garcia and Dan Goodin')
  })
})

describe('outlet', () => {
  it('og:site_name first, then the JSON-LD publisher, then the host of the address without www.', () => {
    const publisher = ld({ '@type': 'NewsArticle', publisher: { name: 'Island Post Media' } })
    expect(detailsOf(`<meta property="og:site_name" content="Island Post">${publisher}`).outlet).toBe('Island Post')
    expect(detailsOf(`${publisher}<link rel="canonical" href="https://www.islandpost.example/a">`).outlet).toBe('Island Post Media')
    expect(detailsOf('<link rel="canonical" href="https://www.islandpost.example/a">').outlet).toBe('islandpost.example')
    expect(detailsOf('<meta property="og:url" content="https://news.islandpost.example/a">').outlet).toBe('news.islandpost.example')
  })

  it('a slogan after the name is dropped only when the page also goes by the name before it', () => {
    expect(detailsOf('<meta property="og:site_name" content="Island Post | Ferries and more"><meta name="twitter:site" content="@islandpost">').outlet).toBe('Island Post')
    expect(detailsOf('<meta property="og:site_name" content="Island Post | Ferries and more">').outlet).toBe('Island Post | Ferries and more')
  })
})

describe('published date', () => {
  it('article:published with itemprop=datePublished, kept with its offset', () => {
    expect(detailsOf('<meta property="article:published" itemprop="datePublished" content="2017-01-13T00:00:04-05:00">').publishedAt).toBe('2017-01-13T00:00:04-05:00')
  })

  it("a <time datetime> in the article: the one marked published, not the modified one, not another list's", () => {
    expect(detailsOf('', '<time datetime="2015-04-16T20:02:01+00:00">Apr 16, 2015</time>').publishedAt).toBe('2015-04-16T20:02:01+00:00')
    const times = '<time class="updated" datetime="2015-04-18T09:00:00+00:00">Updated</time><time class="published" datetime="2015-04-16T20:02:01+00:00">Apr 16</time>'
    expect(detailsOf('', times).publishedAt).toBe('2015-04-16T20:02:01+00:00')
    expect(detailsOf('', '<time datetime="2015-04-18T09:00:00Z" itemprop="dateModified">Updated</time>').publishedAt).toBeNull()
  })

  it('without an <article>, the <time> that follows the headline in its block', () => {
    const body = '<div><h1>Ferries return</h1><span><time datetime="2016-10-13T17:00:03.000Z">October 13, 2016</time></span></div>'
    expect(detailsOf('', body, false).publishedAt).toBe('2016-10-13T17:00:03.000Z')
  })

  it('datePublished over dateCreated; any "published" over a generic date', () => {
    expect(detailsOf(ld({ '@type': 'NewsArticle', dateCreated: '2017-11-17T10:41:09Z', datePublished: '2017-11-16T14:15:00Z' })).publishedAt).toBe('2017-11-16T14:15:00Z')
    expect(detailsOf(`${ld({ '@type': 'NewsArticle', dateCreated: '2017-11-17T10:41:09Z' })}<meta itemprop="datePublished" content="2017-11-16T14:15+0000">`).publishedAt).toBe('2017-11-16T14:15:00+00:00')
    expect(detailsOf(ld({ '@type': 'NewsArticle', dateCreated: '2017-11-17T10:41:09Z' }), '<span itemprop="datePublished" content="2017-11-16">16 November</span>').publishedAt).toBe('2017-11-16')
    expect(detailsOf('<meta name="date" content="2016-02-02"><meta name="publish-date" content="2016-02-01">').publishedAt).toBe('2016-02-01')
  })

  it('an impossible date is refused, and the next source taken', () => {
    expect(detailsOf('<meta property="article:published_time" content="2017-02-30T10:00:00Z"><meta name="date" content="2017-02-28">').publishedAt).toBe('2017-02-28')
    expect(detailsOf('<meta property="article:published_time" content="0001-01-01T00:00:00Z">').publishedAt).toBeNull()
  })

  it('a time without an offset takes the offset another source gives for the same time', () => {
    const head = `${ld({ '@type': 'NewsArticle', datePublished: '2017-11-03 03:01:00.000000' })}<meta name="published_at" content="2017-11-03T03:01:00-04:00">`
    expect(detailsOf(head).publishedAt).toBe('2017-11-03T03:01:00-04:00')
  })
})
