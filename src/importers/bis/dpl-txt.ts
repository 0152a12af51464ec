/**
 * The BIS Denied Persons List as published (dpl.txt: tab-separated, quoted, a header row). Each row
 * is one denial order against a party at one address: the party becomes a Person or Organization
 * (see party-schema.ts), the order a Sanction with its effective and expiry dates.
 */
import { createHash } from 'node:crypto'
import { basename } from 'node:path'
import { AppError } from '../../errors.js'
import { makeId, type EntityDraft } from '../../model/entity-draft.js'
import type { SourceRef } from '../../model/statement.js'
import { readCsv } from '../read/csv-records.js'
import type { ImportContext, Importer } from '../types.js'
import { checkHeader, DPL_COLUMNS, fullAddress, splitAliases, toRow, usDate, type DplRow } from './dpl-fields.js'
import { schemaForName } from './party-schema.js'

const AUTHORITY = 'Bureau of Industry and Security'
const LIST_URL = 'https://www.bis.doc.gov/index.php/policy-guidance/lists-of-parties-of-concern/denied-persons-list'

export const bisDpl: Importer = {
  format: 'bis-dpl',
  defaultDataset: 'us_bis_denied',
  title: 'US BIS Denied Persons List (dpl.txt)',
  expects: 'the tab-separated dpl.txt of the Denied Persons List',
  read: readDpl,
}

async function* readDpl(ctx: ImportContext): AsyncGenerator<EntityDraft> {
  const file = basename(ctx.path)
  const firstLineOf = new Map<string, number>()
  let header = false
  const options = { encoding: ctx.encoding ?? 'utf-8', delimiter: '\t', columns: DPL_COLUMNS.length, onProgress: ctx.progress } as const
  for await (const { fields, line } of readCsv(ctx.path, options)) {
    if (!header) {
      checkHeader(fields, file, line)
      header = true
      continue
    }
    const row = toRow(fields)
    const id = partyId(row)
    const source = { file, locator: `line ${line}, ${row.Name}` }
    const earlier = firstLineOf.get(id)
    // The list repeats some rows word for word: one party, one order, so the entities merge.
    if (earlier !== undefined) ctx.warn(`same party, address and effective date as line ${earlier}; merged with it`, source)
    else firstLineOf.set(id, line)
    yield* readRow(ctx, row, id, source)
  }
  if (!header) throw new AppError('bad_file', 'The file holds no header row.', { file })
}

/** `us-bis-dpl-<hash>`: the list has no ids; name, address and effective date name an order. */
function partyId(row: DplRow): string {
  const key = [row.Name, fullAddress(row), row.Effective_Date].map((part) => part.toUpperCase().replace(/\s+/g, ' ').trim()).join('\u0000')
  return makeId('us-bis-dpl', createHash('sha1').update(key).digest('hex').slice(0, 20))
}

function* readRow(ctx: ImportContext, row: DplRow, id: string, source: SourceRef): Generator<EntityDraft> {
  const { name, aliases } = splitAliases(row.Name)
  if (!name) {
    ctx.warn('row has no name; skipped', source)
    return
  }
  const party = ctx
    .entity(schemaForName(name), id, source)
    .add('name', name)
    .add('alias', aliases)
    .add('address', fullAddress(row))
    .add('country', row.Country)
    .add('topics', 'export.control')
  yield party
  yield ctx
    .entity('Sanction', makeId(id, 'sanction'), source)
    .add('entity', party.id)
    .add('authority', AUTHORITY)
    .add('country', 'us')
    .add('program', 'Denied Persons List')
    .add('startDate', usDate(row.Effective_Date))
    .add('listingDate', usDate(row.Effective_Date))
    .add('endDate', usDate(row.Expiration_Date))
    .add('modifiedAt', row.Last_Update)
    .add('provisions', provisionsOf(row))
    .add('sourceUrl', LIST_URL)
}

function provisionsOf(row: DplRow): string[] {
  return [
    row.FR_Citation && `Federal Register: ${row.FR_Citation}`,
    row.Standard_Order && `Standard order: ${row.Standard_Order.toUpperCase()}`,
    row.Action && `Last action: ${row.Action}`,
  ].filter((p): p is string => Boolean(p))
}
