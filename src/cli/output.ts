/** The CLI's own output: plain text and JSON on stdout, errors on stderr. */
import { AppError } from '../errors.js'

export function print(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`)
}

export function printJson(value: unknown): void {
  print(JSON.stringify(value, null, 2))
}

/** A table with left-aligned columns, sized to the widest cell. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd()
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')
}

/** Report an error the way a user can act on it, and exit non-zero. */
export function fail(err: unknown): never {
  if (err instanceof AppError) {
    process.stderr.write(`vigil: error [${err.code}]: ${err.message}\n`)
    process.exit(err.code === 'not_found' ? 3 : 2)
  }
  process.stderr.write(`vigil: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
  process.exit(1)
}
