// What each HTML fixture page (tests/fixtures/import/html) should read as: its details and its text,
// paragraph by paragraph. The Node tests and the Chromium check compare against the same list.

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { HtmlDetails } from '../../../src/reading/page'

export const FIXTURE_FOLDER = 'tests/fixtures/import/html'

export const fixturePage = (name: string): string => readFileSync(join(FIXTURE_FOLDER, name), 'utf8')

export interface FixtureExpectation {
  /** What this page shows about the reader. */
  about: string
  details: HtmlDetails
  /** The extracted text, one paragraph per entry (lines within a paragraph joined by \n). */
  paragraphs: string[]
}

const none = { outlet: null, byline: null, publishedAt: null, url: null }

export const FIXTURE_PAGES: Record<string, FixtureExpectation> = {
  'jsonld-newsarticle.html': {
    about: 'JSON-LD NewsArticle, trusted over meta tags and <title> (but og:site_name, the name the site gives itself, over its publisher), through an @graph reference and past a broken block; two authors as "A and B"; no navigation, related links or footer',
    details: {
      title: 'Dockworkers end four-day strike after wage deal & new shift rules',
      outlet: 'Harbour Gazette Online',
      byline: 'Maria Okafor and Tom Lindqvist',
      publishedAt: '2024-03-05T14:30:00+01:00',
      url: 'https://www.harbourgazette.example/news/2024/03/05/dockworkers-end-strike',
    },
    paragraphs: [
      'Dockworkers at the Port of Valmere returned to work on Tuesday evening after union members voted to accept a pay offer that ends a four-day strike which had left more than forty container ships waiting offshore.',
      'The agreement, reached after eleven hours of talks mediated by the regional labour office, raises basic pay by 6.5 per cent this year and a further 4 per cent in 2025. It also limits night shifts to three in any seven days.',
      '“Nobody wanted this to go on,” said Ines Varga, the union’s chief negotiator. “But our members needed to see that the port’s record profits would reach the people who load and unload the ships.”',
      'The port authority said the backlog would take about a week to clear. Shipping agents warned that some deliveries to supermarkets in the region could be delayed until the middle of the month.',
      'Of the union’s 2,140 members, 78 per cent voted in favour of the deal.',
    ],
  },
  'meta-opengraph.html': {
    about: 'OpenGraph and article meta tags only: og:url before the canonical link, a link-valued article:author skipped; a subheading and list items as paragraphs',
    details: {
      title: 'Valmere port strike over as union accepts 6.5% offer',
      outlet: 'Northern Ledger',
      byline: 'Priya Natarajan',
      publishedAt: '2024-03-05T16:05:00.000Z',
      url: 'https://northernledger.example/business/valmere-port-strike-over?utm_source=social',
    },
    paragraphs: [
      'The strike that shut the Port of Valmere for four days is over. Union members accepted a 6.5% pay rise for this year in a ballot that closed on Tuesday afternoon, and crews will start moving cargo again on Wednesday morning.',
      "The port's operator, Valmere Terminals, had first offered 4%. It raised its offer twice during talks at the regional labour office, which ran late into Monday night.",
      'What the deal contains',
      'A 6.5% rise in basic pay from April, and 4% more in 2025.',
      'No more than three night shifts in any seven days.',
      'A joint review of safety rules on the container cranes.',
      'Economists at the chamber of commerce estimated the stoppage cost regional exporters about €30m a day, mostly in late-delivery penalties and perishable goods.',
    ],
  },
  'plain-title-only.html': {
    about: 'neither JSON-LD nor meta tags: the title from <title> without its " | Outlet" suffix, nothing else invented; <br> as a line break, a newline inside <p> as a space',
    details: { ...none, title: 'Ships queue as Valmere strike ends' },
    paragraphs: [
      'More than forty container ships were still anchored off Valmere on Tuesday night, even after the dockworkers who had walked out on Friday voted to go back to work.',
      'Harbour pilots said the first vessels would be brought in at dawn. The port expects to clear the queue within a week.',
      'We will work around the clock,\nbut it will not happen overnight.',
      'Local fishing boats, which use a separate quay, were not affected by the strike.',
    ],
  },
  'broken-markup.html': {
    about: 'no </head>, unclosed <p>s, stray </div>s, mis-nested inline tags: the text survives, the meta tags still count, a written-out date becomes an ISO date',
    details: { ...none, title: 'Port deal ends strike', outlet: 'Tidewater Post', publishedAt: '2024-03-05' },
    paragraphs: [
      "Valmere's dockworkers voted on Tuesday to end their strike, accepting a deal that raises pay by 6.5 per cent this year",
      'The vote came after eleven hours of talks at the regional labour office, where both sides finally agreed on limits to night shifts.',
      'Exporters said they were relieved. The stoppage had held up fruit, machinery and car parts bound for markets across the region',
      'Ships are expected to start moving on Wednesday.',
    ],
  },
  'hostile.html': {
    about: 'scripts, handlers, javascript: and data: links, SVG, frames, objects, forms: none of their text or values; no markup as a byline, no made-up date',
    details: { ...none, title: 'Strike ends at Valmere port', outlet: 'Valmere Daily' },
    paragraphs: [
      'Dockworkers at Valmere ended their four-day strike on Tuesday after accepting a new pay offer. The deal raises pay by 6.5 per cent this year.',
      'Ships waiting offshore will begin entering the harbour on Wednesday morning, the port authority said.',
      'Read the full agreement and the port authority statement.',
      'Union leaders said members would watch closely how the port authority applies the new limits on night shifts, which take effect in April.',
      'Shipping agents expect the backlog to be cleared within about a week.',
      'More',
    ],
  },
}

/** Pages that hold no article: extraction must refuse them. */
export const NO_ARTICLE_PAGES = ['index-page.html']

/** Text that must never come out of the hostile page. */
export const HOSTILE_TEXT = /alert|__parallax|javascript|onerror|SVG TEXT|NOSCRIPT|TEMPLATE|MATH|BUTTON|OBJECT/
