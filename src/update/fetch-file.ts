/** Fetching one list file, from an HTTP(S) URL or a local mirror folder, into the download folder. */
import { createWriteStream } from 'node:fs'
import { copyFile, stat } from 'node:fs/promises'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { fileURLToPath } from 'node:url'
import { AppError } from '../errors.js'

const TIMEOUT_MS = 120_000

export interface Fetched {
  bytes: number
  /** The server's Last-Modified date (YYYY-MM-DD), when it sends one; a copied file's mtime says nothing of its data. */
  lastModified?: string
}

/** Copy or download `location` to `target`. */
export async function fetchFile(location: string, target: string): Promise<Fetched> {
  if (/^https?:\/\//i.test(location)) return download(location, target)
  const path = location.startsWith('file:') ? fileURLToPath(location) : location
  await copyFile(path, target).catch((err: NodeJS.ErrnoException) => {
    throw new AppError('download_failed', `Cannot read ${path}: ${err.code ?? err.message}`)
  })
  return { bytes: (await stat(target)).size }
}

async function download(url: string, target: string): Promise<Fetched> {
  let response: Response
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), redirect: 'follow' })
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).message
    throw new AppError('download_failed', `Cannot download ${url}: ${cause}`)
  }
  if (!response.ok || !response.body) {
    throw new AppError('download_failed', `Cannot download ${url}: HTTP ${response.status} ${response.statusText}`)
  }
  await pipeline(Readable.fromWeb(response.body as import('node:stream/web').ReadableStream), createWriteStream(target))
  return { bytes: (await stat(target)).size, lastModified: dayOf(response.headers.get('last-modified')) }
}

function dayOf(header: string | null): string | undefined {
  const time = header ? Date.parse(header) : NaN
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10)
}
