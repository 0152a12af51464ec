/**
 * Nationalities as the EU annexes write them: adjectives ("Syrian"), lists in one value
 * ("(a) German, (b) Moroccan", "Russian and Ukrainian", "Syrian/Iranian") and qualifiers
 * ("Italian since 1990"). Each is turned into the country names or codes FtM's cleaning reads.
 */
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { countryCode } from '../../model/countries.js'
import { resourcePath } from '../../resources.js'
import { dropFullStop, tidyPart } from './cell-values.js'

let demonyms: Map<string, string> | undefined

function loadDemonyms(): Map<string, string> {
  const data = parse(readFileSync(resourcePath('demonyms.yaml'), 'utf-8')) as { demonyms: Record<string, string> }
  return new Map(Object.entries(data.demonyms))
}

/** Lower case, no accents, punctuation as spaces, as the country table compares names. */
function key(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

/** The country code of one nationality adjective or country name, if it is one. */
export function nationalityCode(text: string): string | undefined {
  demonyms ??= loadDemonyms()
  return demonyms.get(key(text)) ?? countryCode(text)
}

/**
 * One nationality as a value the country cleaning reads: the code of an adjective, or the text
 * itself when it already names a country; undefined when it is neither.
 */
export function nationalityValue(text: string): string | undefined {
  // The country table maps a few names to codes it does not accept back ("USSR" → "su"): pass names as written.
  demonyms ??= loadDemonyms()
  return demonyms.get(key(text)) ?? (countryCode(text) ? text : undefined)
}

/**
 * The countries in one nationality value. Parts that name no country are returned as written, so
 * the entity's cleaning reports them as a warning with the record's line.
 */
export function readNationalities(value: string): string[] {
  const whole = dropFullStop(tidyPart(value))
  const single = nationalityValue(whole)
  if (single) return [single]
  const parts = whole.split(/,|\/|\s+and\s+|\s+(?=\([a-h]\))/).map((p) => dropFullStop(tidyPart(p))).filter(Boolean)
  if (parts.length < 2) return [unqualified(whole)]
  return parts.map(unqualified)
}

/** "Italian since 1990" → "it"; "Indonesian (as at December 2003)" → "id". */
function unqualified(part: string): string {
  const bare = part.replace(/\s*\(.*\)$/, '').replace(/\s+since\s+\d{4}$/i, '').trim()
  return nationalityValue(bare) ?? part
}
