/** The CLI's own output: plain text and JSON on stdout, errors on stderr. */
import { AppError } from '../errors.js'
import { createLogger } from '../log.js'

export function print(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`)
}

export function printJson(value: unknown): void {
  print(JSON.stringify(value, null, 2))
}

/** A table with left-aligned columns, sized to the widest cell. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd()
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')
}

/** Report an error the way a user can act on it, and exit non-zero. */
export function fail(err: unknown): never {
  if (err instanceof AppError) {
    process.stderr.write(`vigil: error [${err.code}]: ${err.message}\n`)
    process.exit(err.code === 'not_found' ? 3 : 2)
  }
  // The stack trace is for whoever fixes the bug, not for the operator: it goes to the debug log.
  createLogger().debug({ err }, 'unexpected error')
  const message = err instanceof Error ? err.message : String(err)
  process.stderr.write(
    `vigil: unexpected error: ${message}\nThis is a bug in Vigil, not in your input; run again with VIGIL_LOG_LEVEL=debug for the stack trace, and report it.\n`,
  )
  process.exit(1)
}
