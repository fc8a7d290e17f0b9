// The details of a page, source by source: JSON-LD in its usual shapes, meta tags, and what wins when
// several give a value. Each page is built around the same short article so that Readability finds one.

import { describe, expect, it } from 'vitest'
import { parseInert } from '../../../src/reading/inertDocument'
import { readPage, type HtmlDetails } from '../../../src/reading/page'

const extractHtml = (html: string) => readPage(html, parseInert)

const story = `<article><p>${'The ferry timetable changes on Monday, when the summer crossings to the islands begin again after the winter break. '.repeat(3)}</p></article>`

function detailsOf(head: string, body = story): HtmlDetails {
  const result = extractHtml(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`)
  if (!result.ok) throw new Error(result.reason)
  return result.details
}

const ld = (value: unknown): string => `<script type="application/ld+json">${JSON.stringify(value)}</script>`

describe('JSON-LD', () => {
  it('a top-level array, a prefixed type, an author string and a publisher string', () => {
    const details = detailsOf(ld([{ '@type': 'WebPage', name: 'Page' }, { '@type': 'schema:BlogPosting', headline: 'Ferries return', author: 'By Erin Cunningham', publisher: 'Island Post', datePublished: '2024-05-01', url: 'https://islandpost.example/ferries' }]))
    expect(details).toEqual({ title: 'Ferries return', outlet: 'Island Post', byline: 'Erin Cunningham', publishedAt: '2024-05-01', url: 'https://islandpost.example/ferries' })
  })

  it('mainEntityOfPage as a string, authors as an array of strings and objects, names with entities', () => {
    const details = detailsOf(ld({ '@type': 'Article', headline: 'Q&amp;A: the new timetable', author: ['Erin Cunningham', { '@type': 'Person', name: 'Ahiza Garcia' }, { '@type': 'Person', url: 'https://x.example' }], mainEntityOfPage: 'https://islandpost.example/qa' }))
    expect(details.title).toBe('Q&A: the new timetable')
    expect(details.byline).toBe('Erin Cunningham and Ahiza Garcia')
    expect(details.url).toBe('https://islandpost.example/qa')
  })

  it('the type in a content-type with parameters, an article that is not the first node, a non-article ignored', () => {
    const head = `<script type="Application/LD+JSON; charset=utf-8">${JSON.stringify([{ '@type': 'Organization', name: 'Not the article' }, { '@type': 'NewsArticle', headline: 'Found' }])}</script>`
    expect(detailsOf(head).title).toBe('Found')
    expect(detailsOf(ld({ '@type': 'Recipe', headline: 'Soup' })).title).not.toBe('Soup')
  })

  it('a JSON-LD value that does not clean up falls through to the meta tags', () => {
    const head = ld({ '@type': 'NewsArticle', datePublished: 'last Tuesday', url: 'ftp://islandpost.example/x' }) + '<meta property="article:published_time" content="2024-05-02T09:00:00+02:00"><meta property="og:url" content="https://islandpost.example/y">'
    expect(detailsOf(head)).toMatchObject({ publishedAt: '2024-05-02T09:00:00+02:00', url: 'https://islandpost.example/y' })
  })
})

describe('meta tags', () => {
  it('twitter:title, application-name, a dc.date name, the canonical link', () => {
    const head = '<meta name="twitter:title" content="  Ferries   return  "><meta name="application-name" content="Island Post"><meta name="DC.date" content="2024-05-03"><link rel="canonical" href="https://islandpost.example/ferries">'
    expect(detailsOf(head)).toEqual({ title: 'Ferries return', outlet: 'Island Post', byline: null, publishedAt: '2024-05-03', url: 'https://islandpost.example/ferries' })
  })

  it('a relative canonical link is not a link', () => {
    expect(detailsOf('<link rel="canonical" href="/ferries">').url).toBeNull()
  })

  it('og:title keeps its words but not a " | Outlet" suffix', () => {
    expect(detailsOf('<meta property="og:title" content="Ferries return | Island Post"><meta property="og:site_name" content="Island Post">').title).toBe('Ferries return')
  })
})

describe('fallbacks and limits', () => {
  it('Readability finds a byline in the page when the head has none', () => {
    const body = `<article><p class="byline">By Erin Cunningham</p>${story}</article>`
    expect(detailsOf('<title>Ferries return</title>', body)).toMatchObject({ title: 'Ferries return', byline: 'Erin Cunningham' })
  })

  it('the <title> loses an "Outlet - " prefix when the outlet is known', () => {
    expect(detailsOf('<title>Island Post - Ferries return to the islands</title><meta property="og:site_name" content="Island Post">').title).toBe('Ferries return to the islands')
  })

  it('a title is cut at 300 characters and the other details at 200', () => {
    const long = (word: string): string => `${word} `.repeat(100)
    const details = detailsOf(`<meta property="og:title" content="${long('ferries')}"><meta property="og:site_name" content="${long('island')}"><meta name="author" content="${long('ana')}">`)
    expect(details.title?.length).toBeLessThanOrEqual(300)
    expect(details.title?.length).toBeGreaterThan(280)
    expect(details.outlet?.length).toBeLessThanOrEqual(200)
    expect(details.byline?.length).toBeLessThanOrEqual(200)
  })

  it('no title anywhere: null, not an invented one', () => {
    expect(detailsOf('')).toEqual({ title: null, outlet: null, byline: null, publishedAt: null, url: null })
  })
})
