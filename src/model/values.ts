/** Cleaning of raw values by FtM property type: what a list writes, to what the store keeps. */
import { countryCode } from './countries.js'
import { parseDates } from './dates.js'

export type Cleaned = { ok: true; values: string[] } | { ok: false; problem: string }

const GENDERS: Record<string, string> = { m: 'male', male: 'male', f: 'female', female: 'female', other: 'other' }

/** Collapse runs of white space, trim; an empty result means "no value". */
export function squash(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim()
}

/** Clean a raw value for a property of the given FtM type. Empty input cleans to no values. */
export function cleanValue(type: string, raw: string): Cleaned {
  const text = squash(raw)
  if (text === '') return { ok: true, values: [] }
  switch (type) {
    case 'date': {
      const dates = parseDates(text)
      return dates ? { ok: true, values: dates } : { ok: false, problem: `date '${text}' does not parse` }
    }
    case 'country': {
      // Lists write "undetermined" or "unknown" where they have no country: no value, not a problem.
      if (/^(undetermined|unknown|n\/a|none)$/i.test(text)) return { ok: true, values: [] }
      const code = countryCode(text)
      return code ? { ok: true, values: [code] } : { ok: false, problem: `unknown country '${text}'` }
    }
    case 'gender': {
      const gender = GENDERS[text.toLowerCase()]
      return gender ? { ok: true, values: [gender] } : { ok: false, problem: `unknown gender '${text}'` }
    }
    case 'number': {
      const number = text.replace(/,/g, '')
      return /^-?\d+(\.\d+)?$/.test(number) ? { ok: true, values: [number] } : { ok: false, problem: `number '${text}' does not parse` }
    }
    case 'entity':
      return { ok: true, values: [text] }
    default:
      return { ok: true, values: [text] }
  }
}
