/**
 * The content type an upload is sent with. The extension decides first: browsers give no type for
 * .jsonl, and some (on Windows, with Excel installed) call a .csv "application/vnd.ms-excel".
 */
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

const BY_EXTENSION: Record<string, string> = {
  csv: 'text/csv',
  jsonl: 'application/x-ndjson',
  ndjson: 'application/x-ndjson',
  xlsx: XLSX,
}

const ACCEPTED = new Set(Object.values(BY_EXTENSION))

/** The `accept` attribute of the file input. */
export const ACCEPT = ['.csv', '.xlsx', '.jsonl', '.ndjson', ...ACCEPTED].join(',')

/** The type to send `file` as, or undefined when it is none of CSV, XLSX or JSON lines. */
export function uploadTypeOf(file: File): string | undefined {
  const extension = file.name.split('.').pop()?.toLowerCase() ?? ''
  return BY_EXTENSION[extension] ?? (ACCEPTED.has(file.type) ? file.type : undefined)
}
