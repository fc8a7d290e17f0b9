// The saved Ars Technica page (tests/fixtures/import/e2e) as a site would serve it over time: as first
// imported, with the advertising and the list of related stories a page carries (Ars leaves a place for
// related stories in the article body; its advertising slots are filled when the page is served), and
// changed the ways reports change after they are published. Each change is made to the page's own HTML,
// so the app reads the changed page as it would read a real one.

import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'

export const ARS_PAGE = resolve('tests/fixtures/import/e2e/ars-minecraft-exploit.html')
export const ARS_TITLE = 'Just-released Minecraft exploit makes it easy to crash game servers'
export const NEW_TITLE = 'New Minecraft exploit lets anyone crash game servers'

const RELATED_SLOT = '<!-- cache miss 581:single/related:5a5daf59fa5245a64fe8615caa0b1d1b --><!-- empty -->'
const CROWN_AD = '<aside class="ad ad_crown" aria-label="Top of page advertisement"></aside>'
const RAIL_AD = '<aside class="ad ad_xrail ad_xrail_top" aria-label="Top sidebar advertisement"></aside>'
const FIRST_PARAGRAPH_END = 'proof-of-concept code that exploits the vulnerability.'

/** What changes between two servings of the page that is not the report. */
interface Furniture {
  ad: string
  related: string[]
  updated: string
}

const SERVED_FIRST: Furniture = {
  ad: 'Advertisement: Save 40% on cloud servers this week only',
  related: ['Mojang patches Minecraft login flaw', 'Why game servers keep crashing', 'The week in security'],
  updated: 'Updated 5 minutes ago',
}

const SERVED_LATER: Furniture = {
  ad: 'Advertisement: The laptop deal everyone is talking about',
  related: ['Microsoft buys Mojang for $2.5 billion', 'Ten mods every player needs', 'Inside a DDoS-for-hire market'],
  updated: 'Updated 2 hours ago',
}

function furnish(html: string, { ad, related, updated }: Furniture): string {
  const list = `<aside class="related-stories"><h4>Related stories</h4><ul>${related.map((r, i) => `<li><a href="/related/${i}">${r}</a></li>`).join('')}</ul></aside>`
  return html
    .replace(CROWN_AD, `<aside class="ad ad_crown" aria-label="Top of page advertisement"><a href="/ad">${ad}</a></aside>`)
    .replace(RAIL_AD, `<aside class="ad ad_xrail ad_xrail_top" aria-label="Top sidebar advertisement"><p>${ad}</p></aside>`)
    .replace(RELATED_SLOT, `<p class="updated">${updated}</p>${list}`)
}

function changed(html: string, from: string, to: string): string {
  if (!html.includes(from)) throw new Error(`The saved page no longer holds: ${from}`)
  return html.replace(from, to)
}

/**
 * The page as each scenario serves it, in the order the test serves them: each change is made on the page
 * served before it, as a report is edited again and again.
 */
export async function servedPages(): Promise<Record<'first' | 'furniture' | 'reworded' | 'paragraph' | 'quote' | 'headline', string>> {
  const saved = await readFile(ARS_PAGE, 'utf8')
  const first = furnish(saved, SERVED_FIRST)
  // Only the advertising, the related stories and the "updated" time changed.
  const furniture = furnish(saved, SERVED_LATER)
  const reworded = changed(furniture, 'makes it easy for just about anyone to crash the server hosting the game', 'lets almost anyone bring down the server that hosts the game')
  const paragraph = changed(
    reworded,
    `${FIRST_PARAGRAPH_END}\n                                    </p>`,
    `${FIRST_PARAGRAPH_END}\n</p>\n<p>Mojang said on Friday that a fix would ship with the next update, and urged server owners to install it as soon as it is out.</p>`,
  )
  const quote = changed(paragraph, '"I thought a lot before writing this post,"', '"I thought long and hard before writing this post,"')
  // The headline rewritten wherever the page states it (its <title>, its meta tags, its <h1>).
  const headline = changed(quote, 'Just-released <i>Minecraft</i> exploit makes it easy', 'New <i>Minecraft</i> exploit lets anyone').split(ARS_TITLE).join(NEW_TITLE)
  return { first, furniture, reworded, paragraph, quote, headline }
}

/** A consent wall served in place of the article. */
export const CONSENT_WALL = `<!doctype html><html><head><title>Before you continue</title></head><body><main><h1>We value your privacy</h1>
<p>We and our partners use cookies to store and access information on your device.</p><button>Accept all</button> <button>Manage choices</button></main></body></html>`
