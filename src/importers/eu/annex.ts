/**
 * One EU annex CSV (OpenSanctions' transcription of a regulation's annexes): each row is one listed
 * party of the schema it names, with a Sanction for its listing under that regulation.
 */
import { basename } from 'node:path'
import { makeId, type EntityDraft } from '../../model/entity-draft.js'
import { getSchema } from '../../model/ftm.js'
import type { SourceRef } from '../../model/statement.js'
import type { ImportContext } from '../types.js'
import { ANNEX_PROPERTY_COLUMNS, COUNTRY_COLUMNS, DATE_COLUMNS, WHOLE_TEXT } from './annex-columns.js'
import type { AnnexIds } from './annex-ids.js'
import { dropFullStop, splitCell, splitDateAlternatives } from './cell-values.js'
import { readEuRows } from './csv-rows.js'
import { readNationalities } from './nationality.js'

export interface AnnexFile {
  path: string
  header: string[]
  wrapped: boolean
  unknown: string[]
  ids: AnnexIds
  onProgress: (done: number, total: number) => void
}

type Cells = (column: string) => string

/** Read every record of one annex file. */
export async function* readAnnexFile(ctx: ImportContext, input: AnnexFile): AsyncGenerator<EntityDraft> {
  const file = basename(input.path)
  if (input.unknown.length) ctx.warn(`Columns not read: ${input.unknown.join(', ')}`, { file, locator: 'line 1' })
  const index = new Map(input.header.map((name, i) => [name, i]))
  const rows = readEuRows(input.path, {
    encoding: ctx.encoding ?? 'utf-8',
    delimiter: ',',
    columns: input.header.length,
    unwrap: input.wrapped,
    onProgress: input.onProgress,
  })
  for await (const row of rows) {
    const cell: Cells = (column) => row.fields[index.get(column) ?? -1]?.trim() ?? ''
    yield* readRecord(ctx, cell, { file, line: row.line }, input.ids)
  }
}

function* readRecord(ctx: ImportContext, cell: Cells, at: { file: string; line: number }, ids: AnnexIds): Generator<EntityDraft> {
  const key = { celex: cell('celex'), recordId: cell('recordId'), annex: cell('annex'), name: cell('name') }
  const source: SourceRef = { file: at.file, locator: `line ${at.line}, annex ${key.annex || '?'} record ${key.recordId || '(none)'}` }
  const { id, duplicate } = ids.idFor(key)
  if (duplicate) ctx.warn(`Record repeats an earlier one with the same id '${id}'; the two are merged`, source)
  const entity = ctx.entity(schemaOf(ctx, cell('schema'), source), id, source).add('topics', 'sanction')
  const [name, ...otherNames] = splitCell(key.name)
  entity.add('name', name).add('alias', otherNames)
  for (const column of ANNEX_PROPERTY_COLUMNS) addColumn(entity, column, cell(column))
  // The reason stays whole on the entity too: later rules read relations ("acts as a proxy for …") from it.
  entity.add('notes', cell('reason'))
  yield entity
  yield sanctionOf(ctx, entity, cell)
}

/** The row's schema when it is a kind of party or thing FtM can list; otherwise LegalEntity, with a warning. */
function schemaOf(ctx: ImportContext, name: string, source: SourceRef): string {
  const schema = (() => {
    try {
      return getSchema(name)
    } catch {
      return undefined
    }
  })()
  if (schema && !schema.abstract && schema.isA('Thing')) return schema.name
  ctx.warn(`Schema '${name}' is not a listable FtM schema; read as LegalEntity`, source)
  return 'LegalEntity'
}

function addColumn(entity: EntityDraft, column: string, cell: string) {
  if (!cell) return
  const values = WHOLE_TEXT.has(column) ? [cell] : splitCell(cell)
  if (!entity.accepts(column)) {
    // A value the schema has no place for (an IMO number on a LegalEntity) is kept as a note.
    entity.add('notes', `${column}: ${cell}`)
    return
  }
  if (column === 'nationality') entity.add(column, values.flatMap(readNationalities))
  else if (DATE_COLUMNS.has(column)) entity.add(column, values.flatMap(splitDateAlternatives).map(dropFullStop))
  else if (COUNTRY_COLUMNS.has(column) || column === 'gender') entity.add(column, values.map(dropFullStop))
  else entity.add(column, values)
}

function sanctionOf(ctx: ImportContext, entity: EntityDraft, cell: Cells): EntityDraft {
  const celex = cell('celex')
  return ctx
    .entity('Sanction', makeId(entity.id, 'sanction'), entity.source)
    .add('entity', entity.id)
    .add('authority', 'European Union')
    .add('program', cell('programKey'))
    .add('programId', cell('programKey'))
    .add('listingDate', dropFullStop(cell('startDate')))
    .add('reason', cell('reason'))
    .add('provisions', cell('measure'))
    .add('recordId', cell('recordId'))
    .add('description', [cell('annex') && `Annex ${cell('annex')}`, celex && `CELEX ${celex}`].filter(Boolean).join(', '))
    .add('sourceUrl', celex && `https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:${celex}`)
}
