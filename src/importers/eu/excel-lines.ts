/**
 * Undoing an Excel re-save that wraps each whole line of a CSV file in double quotes (doubling the
 * quotes inside) and pads it with tabs, as in the copy of the EU FSF file we have:
 *   "04/07/2018;1;P;…;EU.36.64<tabs>"
 * A line that is exactly one quoted field is unwrapped; any other line passes unchanged.
 */
import { Transform, type TransformCallback } from 'node:stream'

const WRAPPED = /^"((?:[^"]|"")*)"[\t ]*$/

/** True when the whole line is one quoted field. */
export function isWrappedLine(line: string): boolean {
  return WRAPPED.test(line.replace(/\r$/, ''))
}

/** The original line inside an Excel-wrapped one, without the tab padding; other lines unchanged. */
export function unwrapExcelLine(line: string): string {
  const match = line.replace(/\r$/, '').match(WRAPPED)
  if (!match) return line
  return match[1]!.replace(/""/g, '"').replace(/[\t ]+$/, '')
}

/**
 * A text transform that unwraps line by line, keeping one output line per input line so the CSV
 * parser's line numbers still point into the file. A record whose quoted field spans lines cannot
 * be told apart once Excel has wrapped it; the FSF writes line breaks in remarks as a literal "\n".
 */
export class ExcelLineUnwrapper extends Transform {
  private rest = ''

  constructor() {
    super({ decodeStrings: false, encoding: 'utf-8' })
  }

  override _transform(chunk: Buffer | string, _enc: BufferEncoding, done: TransformCallback) {
    const lines = (this.rest + chunk.toString()).split('\n')
    this.rest = lines.pop() ?? ''
    done(null, lines.map((line) => `${unwrapExcelLine(line)}\n`).join(''))
  }

  override _flush(done: TransformCallback) {
    done(null, this.rest ? unwrapExcelLine(this.rest) : '')
  }
}
