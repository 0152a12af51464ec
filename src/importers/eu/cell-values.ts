/**
 * Multi-valued cells of the EU annex CSVs. OpenSanctions separates values with ';', but the
 * regulation's own text leaks in: enumerations "(a) …; (b) …", stray quotes around a value,
 * a ';' inside a parenthesis "أبو دعاء ((Abu Du’a; Abu Duaa’) prominently known …)".
 */

/** Split a cell on ';' outside parentheses and quotes, and tidy each part. */
export function splitCell(cell: string): string[] {
  return splitTopLevel(cell).map(tidyPart).filter(Boolean)
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
