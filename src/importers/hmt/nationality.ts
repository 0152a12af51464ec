/**
 * Nationalities as HMT writes them: adjectives ("Afghan", "Saudi Arabian") as often as country
 * names. The adjectives come from resources/demonyms.yaml, shared with the other importers.
 */
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { countryCode } from '../../model/countries.js'
import { resourcePath } from '../../resources.js'

let demonyms: Map<string, string> | undefined
// The same few hundred values recur on thousands of rows; the country tables are slow to search.
const known = new Map<string, string | undefined>()

function loadDemonyms(): Map<string, string> {
  const data = parse(readFileSync(resourcePath('demonyms.yaml'), 'utf-8')) as { demonyms: Record<string, string> }
  return new Map(Object.entries(data.demonyms))
}

/** Compared as the country table compares names: lower case, no accents, punctuation as spaces. */
function key(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

/** The country code of a nationality adjective or a country name, if it is one. */
export function nationalityCode(text: string): string | undefined {
  demonyms ??= loadDemonyms()
  if (!known.has(text)) known.set(text, demonyms.get(key(text)) ?? countryCode(text))
  return known.get(text)
}
