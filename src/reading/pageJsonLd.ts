// The article's details as a page's JSON-LD states them (schema.org Article and its kinds), raw: the
// headline, the publisher's name, the authors' names, the dates and the address. Blocks may be arrays,
// @graph collections, or references to other nodes by @id; broken blocks are skipped.

/** Raw values from the page's JSON-LD article node, not yet cleaned. */
export interface JsonLdArticle {
  headline?: string
  publisher?: string
  authors: string[]
  datePublished?: string
  dateCreated?: string
  url?: string
}

const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'reviewnewsarticle',
  'backgroundnewsarticle',
  'askpublicnewsarticle',
  'satiricalarticle',
  'blogposting',
  'liveblogposting',
  'report',
  'techarticle',
])

type JsonObject = Record<string, unknown>

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value)

export function firstString(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (Array.isArray(value)) return value.map(firstString).find((s) => s !== undefined && s.trim() !== '')
  return undefined
}

/** Every object in the page's JSON-LD blocks, including arrays and @graph members. */
function jsonLdNodes(doc: Document): JsonObject[] {
  const nodes: JsonObject[] = []
  const visit = (value: unknown, depth: number): void => {
    if (depth > 8) return
    if (Array.isArray(value)) value.forEach((item) => visit(item, depth + 1))
    else if (isObject(value)) {
      nodes.push(value)
      if ('@graph' in value) visit(value['@graph'], depth + 1)
    }
  }
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    const type = (script.getAttribute('type') ?? '').split(';')[0]?.trim().toLowerCase()
    if (type !== 'application/ld+json') continue
    const text = (script.textContent ?? '')
      .trim()
      .replace(/^(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
      .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)$/, '')
    try {
      visit(JSON.parse(text), 0)
    } catch {
      // A broken block is skipped; the page may have others, and meta tags.
    }
  }
  return nodes
}

function typesOf(node: JsonObject): string[] {
  const type = node['@type']
  const names = Array.isArray(type) ? type : [type]
  return names.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/:#]/, '').toLowerCase())
}

/** The page's JSON-LD article, raw; no values when it has none. */
export function jsonLdArticle(doc: Document): JsonLdArticle {
  const nodes = jsonLdNodes(doc)
  const article = nodes.find((node) => typesOf(node).some((t) => ARTICLE_TYPES.has(t)))
  if (!article) return { authors: [] }
  const byId = new Map<string, JsonObject>()
  for (const node of nodes) if (typeof node['@id'] === 'string' && !byId.has(node['@id'])) byId.set(node['@id'], node)
  // A reference such as { "@id": "#org" } stands for the graph node of that id.
  const resolve = (value: unknown): unknown => (isObject(value) && typeof value['@id'] === 'string' && !('name' in value) ? (byId.get(value['@id']) ?? value) : value)
  const nameOf = (value: unknown): string | undefined => {
    const resolved = resolve(value)
    return typeof resolved === 'string' ? resolved : isObject(resolved) ? firstString(resolved['name']) : undefined
  }
  const authors = (Array.isArray(article['author']) ? article['author'] : [article['author']]).map(nameOf).filter((name): name is string => name !== undefined)
  const page = article['mainEntityOfPage']
  return {
    headline: firstString(article['headline']) ?? firstString(article['name']),
    publisher: nameOf(Array.isArray(article['publisher']) ? article['publisher'][0] : article['publisher']),
    authors,
    datePublished: firstString(article['datePublished']),
    dateCreated: firstString(article['dateCreated']),
    url: firstString(article['url']) ?? (typeof page === 'string' ? page : isObject(page) ? (firstString(page['@id']) ?? firstString(page['url'])) : undefined),
  }
}
