/**
 * Nationalities as the EU annexes write them: adjectives ("Syrian"), lists in one value
 * ("(a) German, (b) Moroccan", "Russian and Ukrainian", "Syrian/Iranian") and qualifiers
 * ("Italian since 1990"). Each is turned into the country names or codes FtM's cleaning reads.
 */
import { nationalityCode } from '../../model/countries.js'
import { dropFullStop, tidyPart } from './cell-values.js'

/**
 * The countries in one nationality value. Parts that name no country are returned as written, so
 * the entity's cleaning reports them as a warning with the record's line.
 */
export function readNationalities(value: string): string[] {
  const whole = dropFullStop(tidyPart(value))
  const single = nationalityCode(whole)
  if (single) return [single]
  const parts = whole
    .split(/,|\/|\s+and\s+|\s+(?=\([a-h]\))/)
    .map((p) => dropFullStop(tidyPart(p)))
    .filter(Boolean)
  if (parts.length < 2) return [unqualified(whole)]
  return parts.map(unqualified)
}

/** "Italian since 1990" → "it"; "Indonesian (as at December 2003)" → "id". */
function unqualified(part: string): string {
  const bare = part
    .replace(/\s*\(.*\)$/, '')
    .replace(/\s+since\s+\d{4}$/i, '')
    .trim()
  return nationalityCode(bare) ?? part
}
