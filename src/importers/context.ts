/** The ImportContext given to importers: warnings are collected with their file and line. */
import { EntityDraft } from '../model/entity-draft.js'
import { describeSource, type SourceRef } from '../model/statement.js'
import type { Encoding } from './read/encoding.js'
import type { ImportContext, PreviousEntity } from './types.js'

export interface ImportWarning {
  message: string
  source: SourceRef
}

export interface ContextOptions {
  path: string
  dataset: string
  encoding?: Encoding
  onProgress?: (done: number, total: number) => void
  /** Warnings beyond this many are counted but not kept in memory. */
  keepWarnings?: number
  previous?: () => AsyncIterable<PreviousEntity>
}

export interface CollectingContext extends ImportContext {
  warnings: ImportWarning[]
  warningCount: number
  sourceDate?: string
}

export function createImportContext(options: ContextOptions): CollectingContext {
  const keep = options.keepWarnings ?? 1000
  const ctx: CollectingContext = {
    path: options.path,
    dataset: options.dataset,
    encoding: options.encoding,
    warnings: [],
    warningCount: 0,
    warn(message, source) {
      ctx.warningCount++
      if (ctx.warnings.length < keep) ctx.warnings.push({ message, source })
    },
    entity(schema, id, source) {
      return new EntityDraft(schema, id, source, ctx.warn)
    },
    progress(done, total) {
      options.onProgress?.(done, total)
    },
    previous: options.previous ?? async function* () {},
    setSourceDate(date) {
      ctx.sourceDate = date
    },
  }
  return ctx
}

/** "sdn.csv, line 944: Person.birthDate: date 'x' does not parse" */
export function formatWarning(warning: ImportWarning): string {
  return `${describeSource(warning.source)}: ${warning.message}`
}
