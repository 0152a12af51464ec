/** The companion files of an OFAC set (addresses, alternate names, overflow remarks), keyed by ent_num. */
import { basename } from 'node:path'
import type { Encoding } from '../read/encoding.js'
import { readCsv } from '../read/csv-records.js'
import { OFAC_NULL } from './fields.js'

export interface CompanionRow {
  fields: string[]
  line: number
  file: string
}

/** Read a companion file into ent_num → rows. These files are small next to the entities they describe. */
export async function readCompanion(path: string | undefined, columns: number, encoding: Encoding): Promise<Map<string, CompanionRow[]>> {
  const byEntity = new Map<string, CompanionRow[]>()
  if (!path) return byEntity
  const file = basename(path)
  for await (const row of readCsv(path, { encoding, columns })) {
    const fields = row.fields.map(OFAC_NULL)
    const key = fields[0]!
    const rows = byEntity.get(key) ?? []
    rows.push({ fields, line: row.line, file })
    byEntity.set(key, rows)
  }
  return byEntity
}
