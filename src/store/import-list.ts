/** Running one importer into the store: a new version, live only when the whole file has been read. */
import { basename, resolve } from 'node:path'
import { createImportContext } from '../importers/context.js'
import type { Encoding } from '../importers/read/encoding.js'
import type { ImportContext, Importer, PreviousEntity } from '../importers/types.js'
import { describeConflict, DuplicateIds } from './duplicate-ids.js'
import { checkFormat, checkShrink, DEFAULT_POLICY, type GatePolicy } from './import-gates.js'
import type { ImportGate, StatementWriter, Store, VersionInfo, VersionMeta } from './store.js'

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
  /** Sanity gates; by default a shrink over 10% and a change of format are refused. */
  gates?: Partial<GatePolicy>
  /** Who imports, for the audit record; `system` when not given (scheduled updates). */
  actor?: string
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
    path: request.path,
    dataset,
    encoding: request.encoding,
    onProgress: request.onProgress,
    previous: () => toAsync(previous),
  })
  const meta = { dataset, format: request.importer.format, sourcePath: resolve(request.path), sourceUrl: request.sourceUrl, actor: request.actor }
  let warnings: ImportResult['warnings'] = []
  const version = await store.importVersion(
    meta,
    async (writer) => {
      const { entities, statements } = await writeDrafts(request, ctx, writer)
      warnings = ctx.warnings.map((w) => ({ message: w.message, file: w.source.file, locator: w.source.locator ?? w.source.section }))
      return { entities, statements, warnings, warningCount: ctx.warningCount, sourceDate: ctx.sourceDate ?? request.sourceDate }
    },
    gateFor(meta, { ...DEFAULT_POLICY, ...request.gates }),
  )
  return { version, warnings, seconds: (performance.now() - started) / 1000 }
}

/** Write each draft; an id yielded again merges, with a warning when another record gives it other values. */
async function writeDrafts(request: ImportRequest, ctx: ImportContext, writer: StatementWriter): Promise<{ entities: number; statements: number }> {
  const ids = new DuplicateIds()
  let statements = 0
  for await (const draft of request.importer.read(ctx)) {
    const values = draft.statements()
    if (values.length === 0) continue
    await writer.write(values)
    const conflict = ids.add(draft.id, draft.source, values)
    if (conflict) ctx.warn(describeConflict(conflict), conflict.second)
    statements += values.length
    request.onEntity?.(ids.size)
  }
  return { entities: ids.size, statements }
}

/** The format gate runs before the file is read, the shrink gate before the new version goes live. */
function gateFor(meta: VersionMeta, policy: GatePolicy): ImportGate {
  const incoming = { dataset: meta.dataset, format: meta.format, file: basename(meta.sourcePath) }
  return {
    beforeFill: (live) => checkFormat(incoming, live, policy),
    beforeLive: (live, totals) => checkShrink(incoming, live, totals.entities, policy),
  }
}

async function liveEntities(store: Store, dataset: string): Promise<PreviousEntity[]> {
  const entities: PreviousEntity[] = []
  for await (const item of store.iterateEntities(dataset)) entities.push(item)
  return entities
}

async function* toAsync<T>(items: T[]): AsyncIterable<T> {
  yield* items
}
