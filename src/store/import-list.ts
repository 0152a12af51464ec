/** Running one importer into the store: a new version, live only when the whole file has been read. */
import { resolve } from 'node:path'
import { createImportContext } from '../importers/context.js'
import type { Encoding } from '../importers/read/encoding.js'
import type { Importer, PreviousEntity } from '../importers/types.js'
import type { Store, VersionInfo } from './store.js'

export interface ImportRequest {
  importer: Importer
  path: string
  dataset?: string
  encoding?: Encoding
  sourceUrl?: string
  /** The data date when the file states none (the mirror's date, the server's Last-Modified). */
  sourceDate?: string
  onProgress?: (done: number, total: number) => void
  /** Called after each entity is written, e.g. to update a progress bar's entity count. */
  onEntity?: (count: number) => void
}

export interface ImportResult {
  version: VersionInfo
  warnings: Array<{ message: string; file?: string; locator?: string }>
  seconds: number
}

/** Import a list file into a new version of its dataset. */
export async function importList(store: Store, request: ImportRequest): Promise<ImportResult> {
  const started = performance.now()
  const dataset = request.dataset ?? request.importer.defaultDataset
  // Read before the import's transaction opens: the store has one connection, held by that transaction.
  const previous = request.importer.patchesPrevious ? await liveEntities(store, dataset) : []
  const ctx = createImportContext({
    path: request.path, dataset, encoding: request.encoding, onProgress: request.onProgress,
    previous: () => toAsync(previous),
  })
  const meta = { dataset, format: request.importer.format, sourcePath: resolve(request.path), sourceUrl: request.sourceUrl }
  let warnings: ImportResult['warnings'] = []
  const version = await store.importVersion(meta, async (writer) => {
    // An importer may yield one id more than once (a link stated twice): the parts merge, and count once.
    const ids = new Set<string>()
    let statements = 0
    for await (const draft of request.importer.read(ctx)) {
      const values = draft.statements()
      if (values.length === 0) continue
      await writer.write(values)
      ids.add(draft.id)
      statements += values.length
      request.onEntity?.(ids.size)
    }
    warnings = ctx.warnings.map((w) => ({ message: w.message, file: w.source.file, locator: w.source.locator ?? w.source.section }))
    return { entities: ids.size, statements, warnings, warningCount: ctx.warningCount, sourceDate: ctx.sourceDate ?? request.sourceDate }
  })
  return { version, warnings, seconds: (performance.now() - started) / 1000 }
}

async function liveEntities(store: Store, dataset: string): Promise<PreviousEntity[]> {
  const entities: PreviousEntity[] = []
  for await (const item of store.iterateEntities(dataset)) entities.push(item)
  return entities
}

async function* toAsync<T>(items: T[]): AsyncIterable<T> {
  yield* items
}
