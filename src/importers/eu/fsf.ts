/**
 * One EU Financial Sanctions File CSV (v1.0): the rows of one entity are adjacent, so rows are
 * grouped while Entity_logical_id stays the same and each group becomes one entity.
 */
import { basename } from 'node:path'
import type { EntityDraft } from '../../model/entity-draft.js'
import { parseDate } from '../../model/dates.js'
import type { ImportContext } from '../types.js'
import { FSF_COLUMNS } from './fsf-columns.js'
import { buildFsfEntity } from './fsf-entity.js'
import { readFsfRecord, type FsfRecord } from './fsf-record.js'
import { readEuRows } from './csv-rows.js'

export interface FsfFile {
  path: string
  wrapped: boolean
  onProgress: (done: number, total: number) => void
}

/** Read every entity of one FSF file. */
export async function* readFsfFile(ctx: ImportContext, input: FsfFile): AsyncGenerator<EntityDraft> {
  const file = basename(input.path)
  const rows = readEuRows(input.path, {
    encoding: ctx.encoding ?? 'windows-1252',
    delimiter: ';',
    columns: FSF_COLUMNS.length,
    unwrap: input.wrapped,
    onProgress: input.onProgress,
  })
  let group: FsfRecord[] = []
  let dated = false
  for await (const row of rows) {
    const record = readFsfRecord(row.fields, row.line)
    if (!/^\d+$/.test(record.entityId)) {
      ctx.warn(`Entity_logical_id '${record.entityId}' is not a number; row skipped`, { file, locator: `line ${row.line}` })
      continue
    }
    if (!dated) dated = setFileDate(ctx, record.fileDate)
    if (group.length > 0 && group[0]!.entityId !== record.entityId) {
      yield* buildFsfEntity(ctx, group, file)
      group = []
    }
    group.push(record)
  }
  if (group.length > 0) yield* buildFsfEntity(ctx, group, file)
}

/** Date_file is the list's publication date, day first (04/07/2018). */
function setFileDate(ctx: ImportContext, fileDate: string): boolean {
  const date = parseDate(fileDate)
  if (date) ctx.setSourceDate(date)
  return true
}
