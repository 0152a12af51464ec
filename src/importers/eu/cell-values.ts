/**
 * Multi-valued cells of the EU annex CSVs. OpenSanctions separates values with ';', but the
 * regulation's own text leaks in: enumerations "(a) …; (b) …", stray quotes around a value,
 * a ';' inside a parenthesis "أبو دعاء ((Abu Du’a; Abu Duaa’) prominently known …)".
 */

// "(a) 3.3.1965, (b) 1.1.1965", "Syrian b) Palestinian": a later enumerator starts a new value.
const LATER_ENUMERATOR = /[,;]?\s+\(?(?:[b-h]|ii|iii|iv|v|vi)\)\s+/g

/** Split a cell on ';' (and on enumerators) outside parentheses and quotes, and tidy each part. */
export function splitCell(cell: string): string[] {
  // Some cells are wholly in quotes: '"(a) 1.1.1958; (b) 1958"'.
  const bare = cell.trim().replace(/^"([^"]*)"$/, '$1')
  return splitTopLevel(bare.replace(LATER_ENUMERATOR, '; ')).map(tidyPart).filter(Boolean)
}

/** Alternative dates in one value: "18.1.1970 or 29.3.1965", "21.11.1964 / 1965", "10.2.1983 (or 10.3.1983)". */
export function splitDateAlternatives(value: string): string[] {
  return value
    .replace(/^on or (?:around|about)\s+/i, 'about ')
    .replace(/\s*\(or\s+([^)]*)\)/g, ' or $1')
    .split(/\s+or\s+|\s+\/\s+|(?<=\d{4})\s*\/\s*(?=\d)|,\s+(?=\d)/)
    .map((part) => part.trim())
    .filter(Boolean)
}

function splitTopLevel(cell: string): string[] {
  const parts: string[] = []
  let depth = 0
  let quoted = false
  let start = 0
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i]
    if (c === '"') quoted = !quoted
    else if (c === '(') depth++
    else if (c === ')') depth = Math.max(0, depth - 1)
    else if (c === ';' && depth === 0 && !quoted) {
      parts.push(cell.slice(start, i))
      start = i + 1
    }
  }
  parts.push(cell.slice(start))
  return parts
}

/** '"(b) and millim@silibank.com"' → 'millim@silibank.com' */
export function tidyPart(part: string): string {
  return part
    .trim()
    .replace(/^"+|"+$/g, '')
    .trim()
    .replace(/^\(?(?:[a-h]|i{1,3}|iv|v)\)\s*/, '')
    .replace(/^(?:and|or(?: possibly)?)\s+/i, '')
    .trim()
}

/** For dates and countries a closing full stop is punctuation, not part of the value: "DPRK." */
export function dropFullStop(value: string): string {
  return value.replace(/\.$/, '').trim()
}
