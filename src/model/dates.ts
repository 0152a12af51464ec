/** Dates as list publishers write them, parsed to FtM's ISO prefixes (YYYY, YYYY-MM, YYYY-MM-DD). */

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
}

const pad = (n: number) => String(n).padStart(2, '0')

function isoDate(year: number, month?: number, day?: number): string | undefined {
  if (year < 1000 || year > 2999) return undefined
  if (month === undefined) return String(year)
  if (month < 1 || month > 12) return undefined
  if (day === undefined) return `${year}-${pad(month)}`
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (day < 1 || day > last) return undefined
  return `${year}-${pad(month)}-${pad(day)}`
}

type Parser = (m: RegExpMatchArray) => string | undefined
const monthOf = (name: string | undefined) =>
  MONTHS[(name ?? '').slice(0, 4).toLowerCase().replace(/\.$/, '')] ?? MONTHS[(name ?? '').slice(0, 3).toLowerCase()]

// Ordered: the first pattern that matches the whole (trimmed) text wins.
const PATTERNS: Array<[RegExp, Parser]> = [
  // With a time, or an XML Schema time zone as the UN writes it (2015-04-07-04:00).
  [/^(\d{4})-(\d{2})-(\d{2})(?:[T ].*|Z|[+-]\d{2}:\d{2})?$/, (m) => isoDate(+m[1]!, +m[2]!, +m[3]!)],
  [/^(\d{4})-(\d{2})$/, (m) => isoDate(+m[1]!, +m[2]!)],
  [/^(\d{4})$/, (m) => isoDate(+m[1]!)],
  // 13/04/2018 and 13.04.2018: day first, as the UK, EU and UN write it.
  [/^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/, (m) => isoDate(+m[3]!, +m[2]!, +m[1]!)],
  [/^(\d{1,2})[/.](\d{4})$/, (m) => isoDate(+m[2]!, +m[1]!)],
  // 2018/04/13
  [/^(\d{4})\/(\d{1,2})\/(\d{1,2})$/, (m) => isoDate(+m[1]!, +m[2]!, +m[3]!)],
  // 07 Feb 1944, 7 February 1944
  [/^(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{4})$/i, (m) => withMonth(m[2], (mo) => isoDate(+m[3]!, mo, +m[1]!))],
  // Feb 1944
  [/^([a-z]{3,9})\.?,?\s+(\d{4})$/i, (m) => withMonth(m[1], (mo) => isoDate(+m[2]!, mo))],
  // February 7, 1944
  [/^([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/i, (m) => withMonth(m[1], (mo) => isoDate(+m[3]!, mo, +m[2]!))],
]

function withMonth(name: string | undefined, build: (month: number) => string | undefined) {
  const month = monthOf(name)
  return month === undefined ? undefined : build(month)
}

/** Parse one date; undefined when the text is not a date we can read. */
export function parseDate(raw: string): string | undefined {
  const text = raw
    .trim()
    .replace(/^(circa|ca\.?|approximately|approx\.?|about)\s+/i, '')
    .replace(/\s+/g, ' ')
  for (const [pattern, parse] of PATTERNS) {
    const match = text.match(pattern)
    if (match) return parse(match)
  }
  return undefined
}

/**
 * Parse a date or a range ("1958 to 1960", "between 1960 and 1962"): each end is kept as its own
 * value, the way OpenSanctions records an uncertain birth date. Undefined when any part fails.
 */
export function parseDates(raw: string): string[] | undefined {
  const range = raw.trim().match(/^(?:between\s+)?(.+?)\s+(?:to|and|-|–)\s+(.+)$/i)
  const parts = range ? [range[1]!, range[2]!] : [raw]
  const dates = parts.map(parseDate)
  return dates.every((d): d is string => d !== undefined) ? dates : undefined
}
