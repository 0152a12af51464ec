/** JSON lines (one JSON value per line), streamed with their line numbers; a line that is not JSON is a broken file. */
import { basename } from 'node:path'
import { AppError } from '../../errors.js'
import { openTextFile, type TextFileOptions } from '../read/text-file.js'

export interface JsonLine {
  value: unknown
  line: number
  /** The file's base name, for sources and errors. */
  file: string
}

/** Stream the values of a JSON-lines file; blank lines are skipped but counted. */
export async function* readJsonLines(path: string, options: TextFileOptions): AsyncGenerator<JsonLine> {
  const file = basename(path)
  let line = 0
  for await (const text of splitLines(await openTextFile(path, options))) {
    line++
    const trimmed = (line === 1 ? text.replace(/^\uFEFF/, '') : text).trim()
    if (trimmed === '') continue
    yield { value: parseLine(trimmed, file, line), line, file }
  }
}

// Not node:readline: its interface re-emits a failing stream's error (a bad byte, a NUL) as an
// 'error' event that the async iterator does not catch, which crashes the process.
async function* splitLines(text: AsyncIterable<string>): AsyncGenerator<string> {
  let rest = ''
  for await (const chunk of text) {
    const parts = (rest + chunk).split('\n')
    rest = parts.pop()!
    for (const part of parts) yield part.replace(/\r$/, '')
  }
  if (rest !== '') yield rest.replace(/\r$/, '')
}

function parseLine(text: string, file: string, line: number): unknown {
  try {
    return JSON.parse(text)
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err)
    throw new AppError('bad_file', `Line is not JSON (${reason}); the file is truncated or not JSON lines.`, { file, line })
  }
}
