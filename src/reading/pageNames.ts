// The names a page goes by (its site's name in its meta tags and JSON-LD, its Twitter handle, its address's
// host) and what they are used for: the outlet, without a slogan after it; a title without the site's
// name, author or section around it; and telling a title that is only the site's name from a headline.

/** Letters and digits only, lower-cased, without a leading "the": "The Guardian", "the guardian", "Guardian" and "@Guardian" compare alike. */
export const compactName = (name: string): string =>
  name
    .toLocaleLowerCase()
    .replace(/^\s*the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '')

/** The host of an address without "www.": "nytimes.com" for https://www.nytimes.com/2017/...; null when there is none. */
export function hostOf(url: string | null): string | null {
  if (url === null) return null
  try {
    const host = new URL(url).hostname.toLowerCase().replace(/^www\d*\./, '')
    return host === '' ? null : host
  } catch {
    return null
  }
}

/** Second-level labels under a country's domain (telegraph.co.uk, abc.net.au). */
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'ne', 'or', 'go', 'edu'])

/** The label of a host that names the site: "telegraph" for telegraph.co.uk, "yahoo" for us.yahoo.com. */
export function hostLabel(host: string): string | null {
  const labels = host.split('.').filter((label) => label !== '')
  if (labels.length < 2) return null
  const top = labels.pop() ?? ''
  if (top.length === 2 && labels.length > 1 && SECOND_LEVEL.has(labels[labels.length - 1] ?? '')) labels.pop()
  return labels.pop() ?? null
}

const SLOGAN_SEPARATOR = /\s+[-|–—]\s+/

/**
 * A site's name without the slogan after it ("Yahoo News - Latest News & Headlines" → "Yahoo News"), when
 * the part before the separator is itself a name the page goes by; else the name as it is.
 */
export function siteNameWithoutSlogan(name: string, names: readonly string[]): string {
  const separator = SLOGAN_SEPARATOR.exec(name)
  if (separator === null) return name
  const before = name.slice(0, separator.index).trim()
  const key = compactName(before)
  return key !== '' && names.some((other) => compactName(other) === key) ? before : name
}

/** Whether the text is only one of the names (compared by their letters and digits). */
export function isOneOf(text: string, names: readonly string[]): boolean {
  const key = compactName(text)
  return key !== '' && names.some((name) => compactName(name) === key)
}

const TITLE_SEPARATORS = ['|', '-', '–', '—', '·', '•', '::', ':', '/']

/** The title without one name before or after it, or unchanged. */
function withoutOneAffix(title: string, siteNames: readonly string[], appended: readonly string[]): string {
  for (const separator of TITLE_SEPARATORS) {
    const suffixAt = title.lastIndexOf(` ${separator} `)
    if (suffixAt > 0) {
      const head = title.slice(0, suffixAt).trim()
      const tail = title.slice(suffixAt + separator.length + 2)
      if (/[\p{L}\p{N}]/u.test(head) && (isOneOf(tail, siteNames) || isOneOf(tail, appended))) return head
    }
    const prefixEnd = title.indexOf(`${separator} `)
    if (prefixEnd > 0) {
      const head = title.slice(0, prefixEnd)
      const tail = title.slice(prefixEnd + separator.length + 1).trim()
      if (/[\p{L}\p{N}]/u.test(tail) && isOneOf(head, siteNames)) return tail
    }
  }
  return title
}

/**
 * A title without the site's names around it ("Headline | The Guardian", "Site: Headline") and without
 * the author or section appended after it ("Headline | Eleanor Ainge Roy | Environment"), one by one.
 */
export function titleWithoutAffixes(title: string, siteNames: readonly string[], appended: readonly string[] = []): string {
  let current = title
  for (let step = 0; step < 8; step++) {
    const next = withoutOneAffix(current, siteNames, appended)
    if (next === current) break
    current = next
  }
  return current
}
