/** A batch file as read, before column mapping: headers, and each row with the line it starts on. */

export interface RawRow {
  /** The line (CSV, JSON lines) or sheet row (XLSX) the row starts on, for messages and the output. */
  line: number
  /** The row by column header, written back to the output as it was read. */
  cells: Record<string, unknown>
  /** Why the row could not be read; it is reported and written back, and the batch goes on. */
  error?: string
}

export interface RawTable {
  headers: string[]
  rows: RawRow[]
}

/** Headers made usable as keys: blanks named by position, repeats numbered ("Name", "Name (2)"). */
export function uniqueHeaders(headers: string[]): string[] {
  const seen = new Map<string, number>()
  return headers.map((header, i) => {
    const base = header.trim() || `column ${i + 1}`
    const count = (seen.get(base) ?? 0) + 1
    seen.set(base, count)
    return count === 1 ? base : `${base} (${count})`
  })
}
