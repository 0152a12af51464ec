/**
 * Turning a file's bytes into text, strictly: a file that is not in the encoding we expect is an
 * error that says which option fixes it, never silent mojibake.
 */
import { open } from 'node:fs/promises'
import { basename } from 'node:path'
import { Transform, type TransformCallback } from 'node:stream'
import iconv from 'iconv-lite'
import { AppError } from '../../errors.js'

export type Encoding = 'utf-8' | 'windows-1252' | 'iso-8859-1' | 'utf-16le'

const SUPPORTED = new Set(['utf-8', 'utf8', 'windows-1252', 'cp1252', 'latin1', 'iso-8859-1', 'utf-16le'])

/** Normalize an --encoding value, or fail naming the ones we read. */
export function checkEncoding(name: string): Encoding {
  const lower = name.toLowerCase()
  if (!SUPPORTED.has(lower)) {
    throw new AppError('bad_input', `Unsupported encoding '${name}'. Use one of utf-8, windows-1252, iso-8859-1, utf-16le.`)
  }
  if (lower === 'utf8') return 'utf-8'
  if (lower === 'cp1252') return 'windows-1252'
  if (lower === 'latin1') return 'iso-8859-1'
  return lower as Encoding
}

/**
 * Settle the encoding of a file from its first bytes: a byte-order mark wins; a file declared as
 * Windows-1252 that is valid UTF-8 with non-ASCII text is read as UTF-8 (lists get re-saved).
 */
export async function sniffEncoding(path: string, declared: Encoding): Promise<Encoding> {
  const head = await readHead(path, 64 * 1024)
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8'
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    if (declared === 'utf-16le') return declared
    throw new AppError('bad_encoding', `File is UTF-16, not ${declared}. Convert it to UTF-8, or pass --encoding utf-16le.`, { file: basename(path) })
  }
  const nul = head.indexOf(0)
  if (nul >= 0 && declared !== 'utf-16le') {
    const line = 1 + head.subarray(0, nul).filter((b) => b === 0x0a).length
    throw new AppError(
      'bad_encoding',
      `File holds NUL bytes (the first at byte ${nul}): it is binary or UTF-16, not ${declared} text. Pass --encoding utf-16le if it is UTF-16.`,
      { file: basename(path), line },
    )
  }
  if (declared === 'windows-1252' && hasUtf8Multibyte(head)) return 'utf-8'
  return declared
}

async function readHead(path: string, size: number): Promise<Buffer> {
  const handle = await open(path, 'r')
  try {
    const buffer = Buffer.alloc(size)
    const { bytesRead } = await handle.read(buffer, 0, size, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

function hasUtf8Multibyte(bytes: Buffer): boolean {
  if (!bytes.some((b) => b >= 0x80)) return false
  // Cut a possibly split character at the end of the sample before checking.
  let end = bytes.length
  while (end > 0 && end > bytes.length - 4 && (bytes[end - 1]! & 0xc0) === 0x80) end--
  if (end > 0 && bytes[end - 1]! >= 0xc0) end--
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end))
    return true
  } catch {
    return false
  }
}

/** A transform from bytes to strings that fails on the first byte that is not valid UTF-8. */
class StrictUtf8Decoder extends Transform {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })
  private lines = 1

  constructor(private readonly file: string) {
    super({ readableObjectMode: false, decodeStrings: true })
    this.setEncoding('utf-8')
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback) {
    try {
      const text = this.decoder.decode(chunk, { stream: true })
      this.lines += countNewlines(text)
      done(null, text)
    } catch {
      done(this.encodingError(chunk))
    }
  }

  override _flush(done: TransformCallback) {
    try {
      done(null, this.decoder.decode())
    } catch {
      done(new AppError('bad_encoding', 'File ends inside a UTF-8 character: it is truncated or not UTF-8.', { file: this.file, line: this.lines }))
    }
  }

  private encodingError(chunk: Buffer): AppError {
    const { line, offset } = locateBadByte(chunk)
    return new AppError(
      'bad_encoding',
      `Byte 0x${chunk[offset]?.toString(16).padStart(2, '0')} is not valid UTF-8. If the file is in another encoding, pass --encoding (e.g. --encoding windows-1252).`,
      { file: this.file, line: this.lines + line },
    )
  }
}

function countNewlines(text: string): number {
  let n = 0
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++
  return n
}

/** Line (relative to the chunk) and offset of the first invalid UTF-8 sequence in a chunk. */
function locateBadByte(chunk: Buffer): { line: number; offset: number } {
  let lo = 0
  let hi = chunk.length
  // Binary search for the longest valid prefix (allowing a split character at its end).
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (isValidPrefix(chunk.subarray(0, mid))) lo = mid
    else hi = mid - 1
  }
  let line = 0
  for (let i = 0; i < lo; i++) if (chunk[i] === 0x0a) line++
  return { line, offset: lo }
}

function isValidPrefix(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true })
    return true
  } catch {
    return false
  }
}

/** A transform from bytes to text in the given encoding. */
export function decoderFor(encoding: Encoding, file: string): Transform {
  if (encoding === 'utf-8') return new StrictUtf8Decoder(file)
  return iconv.decodeStream(encoding) as unknown as Transform
}
