/**
 * The conventions inside HMT cells: numbered lists in one cell ("(1) Saudi Arabia (2) Qatar",
 * "a) General b)Major General"), day and month 00 for unknown ("00/00/1980"), and free-text
 * passport and ID details from which the number is taken.
 */

// "(1)", "1)", "(a)", "b)" and ranges such as "(1)-(2)" or "(1) to (6)" that share one value.
const MARKER = /(?<=^|[\s,;.])\(?(?:\d{1,2}|[a-h])\)(?:\s*(?:-|to)\s*\(?(?:\d{1,2}|[a-h])\))?\s*/gi

/** The items of a numbered list in one cell; a cell without markers is one item. */
export function splitNumbered(cell: string): string[] {
  return cell
    .split(MARKER)
    .map((part) => part.replace(/^[\s,;]+|[\s,;]+$/g, ''))
    .filter(Boolean)
}

/** "00/00/1980" → "1980", "00/05/1980" → "05/1980": HMT writes 00 for an unknown day or month. */
export function knownDatePart(dob: string): string {
  const m = dob.trim().match(/^(\d{2})\/(\d{2})\/(\d{4})$/)
  if (!m) return dob
  if (m[2] === '00') return m[3]!
  if (m[1] === '00') return `${m[2]}/${m[3]}`
  return dob
}

export interface DocumentDetail {
  /** The document number, when the text has one. */
  number?: string
  /** The words in brackets after the number, e.g. "Tunisian" or "False Indonesian". */
  qualifier?: string
  /** The whole text of this document, kept as its description. */
  text: string
}

// A number has a digit and is at least four characters long; a bare year is a date, not a number.
const NUMBER = /\b(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{3,}\b/i
const YEAR = /^(?:19|20)\d\d$/

/** Each document in a passport or ID cell, with its number when one can be told apart. */
export function readDocuments(cell: string): DocumentDetail[] {
  return splitNumbered(cell).map(readDocument)
}

function readDocument(text: string): DocumentDetail {
  const number = findNumber(text)
  const after = number ? text.slice(text.indexOf(number) + number.length) : ''
  const qualifier = after.match(/^\s*\(([^)]+)\)/)?.[1]?.trim()
  return { number, qualifier, text }
}

function findNumber(text: string): string | undefined {
  const pattern = new RegExp(NUMBER.source, 'gi')
  for (const m of text.matchAll(pattern)) if (!YEAR.test(m[0])) return m[0].replace(/-+$/, '')
  return undefined
}
