/**
 * Refusing NUL characters anywhere in a list's text. No list format holds one: a NUL is a damaged
 * download, a binary file or UTF-16 read as 8-bit text, and let through it ends up inside names
 * (or cuts records short). Checked on decoded text, so UTF-16 files pass.
 */
import { Transform, type TransformCallback } from 'node:stream'
import { AppError } from '../../errors.js'

export const NUL_MESSAGE =
  'NUL byte in the file: list files never hold one, so it is damaged or binary. Download it again; if it is UTF-16 text, pass --encoding utf-16le.'

/** A text-to-text transform that fails naming the line of the first NUL character. */
export class NulGuard extends Transform {
  private line = 1

  constructor(private readonly file: string) {
    super({ decodeStrings: false, encoding: 'utf-8' })
  }

  override _transform(chunk: string | Buffer, _enc: BufferEncoding, done: TransformCallback) {
    const text = typeof chunk === 'string' ? chunk : chunk.toString('utf-8')
    const nul = text.indexOf('\u0000')
    if (nul >= 0) return done(new AppError('bad_file', NUL_MESSAGE, { file: this.file, line: this.line + countNewlines(text, nul) }))
    this.line += countNewlines(text, text.length)
    done(null, text)
  }
}

/** Line feeds in text[0, end). */
export function countNewlines(text: string, end: number): number {
  let n = 0
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) n++
  return n
}
