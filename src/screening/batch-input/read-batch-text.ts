/**
 * A batch sent as text (an HTTP body) rather than a file: read by the same readers, with the same
 * headers and messages, as `vigil screen` reads its files. The text passes through a private temp
 * file because the readers stream files (the body is already in memory and bounded by the body limit).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readBatch, type BatchInput } from './read-batch.js'

export async function readBatchText(text: string, format: 'csv' | 'jsonl', schema?: string): Promise<BatchInput> {
  const dir = await mkdtemp(join(tmpdir(), 'vigil-batch-'))
  try {
    const path = join(dir, `body.${format}`)
    await writeFile(path, text, { mode: 0o600 })
    return await readBatch({ path, encoding: 'utf-8', map: [], schema })
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
