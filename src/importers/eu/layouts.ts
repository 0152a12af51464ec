/**
 * The two EU CSV layouts, told apart by the header line: the Financial Sanctions File (FSF v1.0,
 * ';'-separated, 59 columns from "Date_file…") and the regulation annexes transcribed by
 * OpenSanctions (','-separated, named columns from "celex").
 */
import { open } from 'node:fs/promises'
import { basename } from 'node:path'
import { parse } from 'csv-parse/sync'
import { AppError } from '../../errors.js'
import { checkFile } from '../read/text-file.js'
import { isWrappedLine, unwrapExcelLine } from './excel-lines.js'
import { ANNEX_COLUMNS, ANNEX_REQUIRED } from './annex-columns.js'
import { FSF_COLUMNS } from './fsf-columns.js'

export type EuLayout = { kind: 'fsf'; wrapped: boolean } | { kind: 'annex'; wrapped: boolean; header: string[]; unknown: string[] }

const EXPECTED =
  `either the EU FSF CSV header (';'-separated: ${FSF_COLUMNS.slice(0, 4).join(';')};…, ${FSF_COLUMNS.length} columns) ` +
  `or an EU annex CSV header (','-separated, with the columns ${ANNEX_REQUIRED.join(', ')})`

/** Read the header line of a file and say which layout it is, or fail naming what was expected. */
export async function detectLayout(path: string): Promise<EuLayout> {
  const file = basename(path)
  const raw = await readFirstLine(path)
  const wrapped = isWrappedLine(raw)
  const line = (wrapped ? unwrapExcelLine(raw) : raw).replace(/^\uFEFF/, '').replace(/\r$/, '')
  if (/^Date_file/i.test(line)) {
    checkFsfHeader(line, file)
    return { kind: 'fsf', wrapped }
  }
  const header = parseHeader(line)
  if (ANNEX_REQUIRED.every((column) => header.includes(column))) {
    return { kind: 'annex', wrapped, header, unknown: header.filter((h) => !ANNEX_COLUMNS.includes(h)) }
  }
  throw new AppError('bad_file', `Unknown header '${line.slice(0, 80)}…': expected ${EXPECTED}.`, { file, line: 1 })
}

function checkFsfHeader(line: string, file: string) {
  const header = line.split(';').map((h) => h.trim())
  const wrong = FSF_COLUMNS.findIndex((name, i) => i > 0 && header[i] !== name)
  if (header.length !== FSF_COLUMNS.length || wrong > 0) {
    const where =
      wrong > 0
        ? `column ${wrong + 1} is '${header[wrong] ?? ''}', expected '${FSF_COLUMNS[wrong]}'`
        : `${header.length} columns, expected ${FSF_COLUMNS.length}`
    throw new AppError('bad_file', `Not the FSF v1.0 CSV layout: ${where}.`, { file, line: 1 })
  }
}

function parseHeader(line: string): string[] {
  try {
    return ((parse(line, { relax_quotes: true }) as string[][])[0] ?? []).map((h) => h.trim())
  } catch {
    return []
  }
}

/** The first line, as Latin-1: both headers are ASCII, and the encoding is settled when the rows are read. */
async function readFirstLine(path: string): Promise<string> {
  await checkFile(path)
  const handle = await open(path, 'r')
  try {
    const buffer = Buffer.alloc(64 * 1024)
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0)
    const text = buffer.subarray(0, bytesRead).toString('latin1')
    const end = text.indexOf('\n')
    return end < 0 ? text : text.slice(0, end)
  } finally {
    await handle.close()
  }
}
