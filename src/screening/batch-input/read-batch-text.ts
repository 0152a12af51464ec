/**
 * A batch sent as a body (an HTTP request) rather than a file: read by the same readers, with the same
 * headers and messages, as `vigil screen` reads its files. The body passes through a private temp
 * file because the readers stream files (the body is already in memory and bounded by the body limit).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, extname, join } from 'node:path'
import { readBatch, type BatchInput } from './read-batch.js'

export type BodyFormat = 'csv' | 'jsonl' | 'xlsx'

/** Read `body` as a batch file of `format`; `name` (the upload's file name) is what messages call it. */
export async function readBatchText(body: string | Uint8Array, format: BodyFormat, schema?: string, name?: string): Promise<BatchInput> {
  const dir = await mkdtemp(join(tmpdir(), 'vigil-batch-'))
  try {
    const path = join(dir, fileNameOf(name, format))
    await writeFile(path, body, { mode: 0o600 })
    return await readBatch({ path, encoding: 'utf-8', map: [], schema })
  } catch (err) {
    // A message names the upload as its sender knows it, never the server's temporary folder.
    if (err instanceof Error) err.message = err.message.replaceAll(`${dir}/`, '')
    throw err
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

// The readers choose by extension, so the name keeps the format's; anything else in it is dropped.
function fileNameOf(name: string | undefined, format: BodyFormat): string {
  const base = basename(name ?? '').replace(/[^\w.\- ]/g, '_')
  const stem = base.slice(0, base.length - extname(base).length) || 'body'
  return `${stem}.${format}`
}
