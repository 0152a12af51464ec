/** Opening a list file as a stream of text, with byte progress and a clear error when it is missing. */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { basename } from 'node:path'
import type { Readable } from 'node:stream'
import { AppError } from '../../errors.js'
import { decoderFor, sniffEncoding, type Encoding } from './encoding.js'
import { NulGuard } from './nul-guard.js'

export interface TextFileOptions {
  encoding: Encoding
  /** Called with bytes read so far and the file size. */
  onProgress?: (done: number, total: number) => void
}

/** Fail with `bad_file` unless the path is a readable, non-empty regular file. */
export async function checkFile(path: string): Promise<number> {
  const info = await stat(path).catch(() => {
    throw new AppError('bad_file', `No such file: ${path}`, { file: basename(path) })
  })
  if (!info.isFile()) throw new AppError('bad_file', `Not a file: ${path}`, { file: basename(path) })
  if (info.size === 0) throw new AppError('bad_file', 'File is empty.', { file: basename(path) })
  return info.size
}

/** The file as a stream of decoded text chunks. */
export async function openTextFile(path: string, options: TextFileOptions): Promise<Readable> {
  const size = await checkFile(path)
  const encoding = await sniffEncoding(path, options.encoding)
  const bytes = createReadStream(path)
  let done = 0
  bytes.on('data', (chunk) => {
    done += chunk.length
    options.onProgress?.(done, size)
  })
  const decoder = decoderFor(encoding, basename(path))
  const guard = new NulGuard(basename(path))
  bytes.on('error', (err) => decoder.destroy(err))
  decoder.on('error', (err) => guard.destroy(err))
  return bytes.pipe(decoder).pipe(guard)
}
