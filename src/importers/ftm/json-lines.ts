/** JSON lines (one JSON value per line), streamed with their line numbers; a line that is not JSON is a broken file. */
import { basename } from 'node:path'
import { createInterface } from 'node:readline'
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
  const lines = createInterface({ input: await openTextFile(path, options), crlfDelay: Infinity })
  let line = 0
  for await (const text of lines) {
    line++
    const trimmed = (line === 1 ? text.replace(/^\uFEFF/, '') : text).trim()
    if (trimmed === '') continue
    yield { value: parseLine(trimmed, file, line), line, file }
  }
}

function parseLine(text: string, file: string, line: number): unknown {
  try {
    return JSON.parse(text)
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err)
    throw new AppError('bad_file', `Line is not JSON (${reason}); the file is truncated or not JSON lines.`, { file, line })
  }
}
