/**
 * Reading an HMT list file into its groups. The list has one row per name, and the rows of one
 * Group ID (one listed person or entity) are scattered through the file, so the rows are gathered
 * per group in a Map before any entity is built. That holds the whole file's rows in memory, which
 * is acceptable here: the list is bounded (a few MB, about ten thousand rows), unlike the streams
 * the other importers read.
 */
import { basename } from 'node:path'
import { AppError } from '../../errors.js'
import { parseDate } from '../../model/dates.js'
import { readCsv } from '../read/csv-records.js'
import type { ImportContext } from '../types.js'
import { readHeader, rowReader, type HmtRow } from './columns.js'

export interface GroupRow {
  get: HmtRow
  line: number
}

export interface HmtFile {
  file: string
  /** Group ID → its rows, in file order. */
  groups: Map<string, GroupRow[]>
}

/** Read the preamble, the header and every row, gathered by Group ID. */
export async function readGroups(ctx: ImportContext): Promise<HmtFile> {
  const file = basename(ctx.path)
  const groups = new Map<string, GroupRow[]>()
  let header: Map<string, number> | undefined
  try {
    for await (const row of readCsv(ctx.path, { encoding: ctx.encoding ?? 'windows-1252', onProgress: ctx.progress })) {
      const where = { file, line: row.line }
      if (!header) {
        header = readPreambleOrHeader(ctx, row.fields, where)
        continue
      }
      if (row.fields.length !== header.size) {
        throw new AppError('bad_file', `Expected ${header.size} fields as in the header, found ${row.fields.length}: the file is truncated or broken.`, where)
      }
      addRow(ctx, groups, { get: rowReader(row.fields, header), line: row.line }, file)
    }
  } catch (err) {
    throw withFirstLine(err)
  }
  if (!header) throw new AppError('bad_file', 'The file has no header line: it is not an HM Treasury consolidated list CSV.', { file, line: 1 })
  return { file, groups }
}

/** "Last Updated,13/04/2018" gives the source date and precedes the header; undefined until the header is read. */
function readPreambleOrHeader(ctx: ImportContext, fields: string[], where: { file: string; line: number }): Map<string, number> | undefined {
  if (fields[0]?.trim() === 'Last Updated') {
    const date = parseDate(fields[1] ?? '')
    if (date) ctx.setSourceDate(date)
    else ctx.warn(`Last Updated date '${fields[1] ?? ''}' does not parse`, { file: where.file, locator: `line ${where.line}` })
    return undefined
  }
  return readHeader(fields, where)
}

function addRow(ctx: ImportContext, groups: Map<string, GroupRow[]>, row: GroupRow, file: string): void {
  const groupId = row.get('Group ID')
  if (!/^\d+$/.test(groupId)) {
    ctx.warn(`Group ID '${groupId}' is not a number; row skipped`, { file, locator: `line ${row.line}` })
    return
  }
  const rows = groups.get(groupId) ?? []
  rows.push(row)
  groups.set(groupId, rows)
}

// Encoding problems found before the first line is read (UTF-16, binary) name the file only.
function withFirstLine(err: unknown): unknown {
  if (!(err instanceof AppError) || err.location.line !== undefined) return err
  const prefix = err.location.file ? `${err.location.file}: ` : ''
  const message = err.message.startsWith(prefix) ? err.message.slice(prefix.length) : err.message
  return new AppError(err.code, message, { ...err.location, line: 1 })
}
