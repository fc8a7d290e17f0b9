// Large import input, made in the test rather than kept as fixtures: a plain-text report of about 20 MB
// (the most the importer takes) and web pages of about 2 MB each, most of whose weight is page furniture
// (scripts, styles, navigation, sidebars, comments, footer links, inline icons). Each maker returns, beside
// its text, what the preview must show for it, so the test's expectations come from how the input was made.

/** A small seeded generator, so every run gets the same words and a failure can be reproduced. */
function seeded(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

const SUBJECTS = ['The harbour council', 'A spokeswoman for the ministry', 'The ferry operator', 'Residents of the old town', 'The regional auditor', 'Local fishermen', 'The port authority', 'Several shopkeepers', 'The union', 'An engineer on the project']
const VERBS = ['said on Tuesday that', 'told reporters that', 'wrote in a letter that', 'warned at a meeting that', 'argued in a statement that', 'confirmed that', 'suggested that']
const CLAUSES = [
  'the new quay would take three more years to finish',
  'the budget for dredging had doubled since the spring',
  'nobody had asked them about the timetable',
  'the old warehouses would be turned into flats',
  'traffic on the river road had fallen by a fifth',
  'the plan depended on a grant that was not yet agreed',
  'the cranes would be moved to the northern basin',
  'more than four hundred jobs were at stake',
  'the water in the inner harbour was cleaner than it had been for decades',
  'the consultation would reopen in the autumn',
]

function sentence(random: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
  return `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(CLAUSES)}.`
}

/** A paragraph of body prose: several sentences, always ending with a full stop. */
function paragraph(random: () => number, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(random)).join(' ')
}

export interface LargeText {
  text: string
  title: string
  /** Non-blank lines: the blocks the preview lists. */
  blocks: number
  /** Blocks clean-up takes: the headline (it is the title), the "By" line and each "Advertisement" line. */
  clutter: number
}

/** Plain text of at most `bytes` bytes (ASCII, so characters and bytes agree): a headline, a byline, then paragraphs with an advertisement label after every tenth. */
export function largeText(bytes: number): LargeText {
  const random = seeded(7)
  const title = 'Harbour plan divides the town as council approves a decade of works'
  const parts = [title, '', 'By Erin Cunningham', '']
  let length = parts.join('\n').length
  let blocks = 2
  let clutter = 2
  for (let i = 1; ; i++) {
    const next = paragraph(random, 2 + Math.floor(random() * 4))
    const advert = i % 10 === 0
    const added = next.length + 2 + (advert ? 'Advertisement'.length + 2 : 0)
    // Leave room for the closing paragraph, so the text ends in prose (clean-up reads trailing headlines as links).
    if (length + added > bytes - 1000) break
    parts.push(next, '')
    blocks += 1
    if (advert) {
      parts.push('Advertisement', '')
      blocks += 1
      clutter += 1
    }
    length += added
  }
  parts.push('The council will publish the final plan, with the comments it received, before the end of the year.')
  blocks += 1
  return { text: parts.join('\n'), title, blocks, clutter }
}

export interface HeavyPage {
  html: string
  title: string
  /** The byline, subheadings and paragraphs of the article: the blocks its preview lists. */
  blocks: number
  /** Blocks clean-up takes for page clutter: the "By" line, whose name is kept with the details. */
  clutter: number
}

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const ICON = '<svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><path d="M12 2 2 7l10 5 10-5-10-5Zm0 13L2 10v7l10 5 10-5v-7l-10 5Z"/></svg>'

/** Page furniture around the article: the weight of a news site's page, none of it article text. */
function furniture(random: () => number, n: number) {
  const link = (i: number, text: string): string => `<li class="nav-item"><a href="/section/${i}" class="nav-link">${ICON}<span>${escape(text)}</span></a></li>`
  const headline = (): string => sentence(random).replace(/\.$/, '')
  return {
    script: `<script>window.__analytics=${JSON.stringify(Array.from({ length: 2500 }, (_, i) => ({ id: i, slot: `slot-${i}`, weight: random(), label: headline() })))};</script>`,
    style: `<style>${Array.from({ length: 1500 }, (_, i) => `.c${i}{margin:${i % 7}px;padding:${i % 5}px;color:#${(i * 4099).toString(16).slice(-6).padStart(6, '0')}}`).join('\n')}</style>`,
    nav: `<header class="masthead"><nav class="site-nav" aria-label="Sections"><ul>${Array.from({ length: 500 }, (_, i) => link(i, `Section ${i} ${headline().slice(0, 20)}`)).join('')}</ul></nav></header>`,
    sidebar: `<aside class="sidebar most-read"><h3>Most read</h3><ol>${Array.from({ length: 300 }, (_, i) => link(i, headline())).join('')}</ol></aside>`,
    comments: `<section class="comments" id="comments"><h3>Comments</h3>${Array.from({ length: 400 }, (_, i) => `<div class="comment"><div class="comment-meta"><span class="comment-author">reader${i}_${n}</span> <a class="reply" href="#c${i}">Reply</a></div><div class="comment-body">${escape(headline())}? lol</div></div>`).join('')}</section>`,
    footer: `<footer class="site-footer">${Array.from({ length: 12 }, (_, col) => `<ul class="footer-col">${Array.from({ length: 80 }, (_, i) => link(col * 100 + i, `Footer link ${col}.${i}`)).join('')}</ul>`).join('')}</footer>`,
  }
}

/** A news page of about `bytes` bytes: a long article among heavy furniture, with an advertisement slot and a photo between its sections. */
export function heavyPage(n: number, bytes: number): HeavyPage {
  const random = seeded(100 + n)
  const title = `Harbour works, part ${n}: what the plan means for the river road`
  const page = furniture(random, n)
  const before = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)} | The Valmere Ledger</title><meta property="og:site_name" content="The Valmere Ledger"><meta name="author" content="Erin Cunningham"><meta property="article:published_time" content="2024-03-0${(n % 9) + 1}T09:00:00Z">${page.style}${page.script}</head><body>${page.nav}<div class="layout">${page.sidebar}<main><article class="story"><h1>${escape(title)}</h1><p class="byline">By Erin Cunningham</p>`
  const after = `</article>${page.comments}</main></div>${page.footer}</body></html>`
  const sections: string[] = []
  let length = before.length + after.length
  let blocks = 1
  for (let s = 1; length < bytes; s++) {
    const paragraphs = Array.from({ length: 8 }, () => `<p>${escape(paragraph(random, 3 + Math.floor(random() * 3))).replace(/the (\w+)/, 'the <a href="/topic/$1">$1</a>').replace(/said/, '<em>said</em>')}</p>`)
    const section = `<h2>Part ${s}: the ${['quay', 'river road', 'warehouses', 'northern basin', 'budget'][s % 5]}</h2>${paragraphs.join('')}<div class="ad-slot advertisement" data-slot="${s}"><span class="ad-label">Advertisement</span><iframe src="about:blank" title="ad"></iframe></div><figure class="photo"><img src="/img/${s}.jpg" alt=""></figure>`
    sections.push(section)
    length += section.length
    blocks += 1 + paragraphs.length
  }
  return { html: before + sections.join('') + after, title, blocks, clutter: 1 }
}
