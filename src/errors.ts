/** One error type with a stable code; the API maps codes to HTTP statuses, the CLI to exit codes. */

export type ErrorCode =
  | 'bad_input'
  | 'bad_file'
  | 'bad_encoding'
  | 'unsafe_xml'
  | 'not_found'
  | 'unknown_schema'
  | 'unknown_property'
  | 'unknown_format'
  | 'unknown_dataset'
  | 'download_failed'
  | 'store_error'
  | 'import_refused'
  | 'too_large'
  | 'not_ready'
  | 'overloaded'
  | 'timeout'
  | 'unauthorized'
  | 'forbidden'
  | 'conflict'

export interface ErrorLocation {
  file?: string
  line?: number
  record?: string
  field?: string
}

export class AppError extends Error {
  readonly code: ErrorCode
  readonly location: ErrorLocation

  constructor(code: ErrorCode, message: string, location: ErrorLocation = {}) {
    super(withLocation(message, location))
    this.name = 'AppError'
    this.code = code
    this.location = location
  }
}

/** HTTP status for each error code, used by the API. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  bad_input: 400,
  bad_file: 400,
  bad_encoding: 400,
  unsafe_xml: 400,
  unknown_schema: 400,
  unknown_property: 400,
  unknown_format: 400,
  not_found: 404,
  unknown_dataset: 404,
  download_failed: 502,
  store_error: 500,
  // A sanity gate refused an import (shrink, format): the previous version stays live.
  import_refused: 409,
  too_large: 413,
  // No credentials, or ones that do not verify; a role that may not; a state that does not allow it.
  unauthorized: 401,
  forbidden: 403,
  conflict: 409,
  // The three below are worth retrying: the API adds a Retry-After header.
  not_ready: 503,
  overloaded: 503,
  timeout: 503,
}

/** "file:line (record): message", leaving out the parts that are unknown. */
export function withLocation(message: string, where: ErrorLocation): string {
  const place = [where.file, where.line].filter((part) => part !== undefined).join(':')
  const detail = [where.record && `record ${where.record}`, where.field && `field ${where.field}`].filter(Boolean).join(', ')
  const prefix = [place, detail && `(${detail})`].filter(Boolean).join(' ')
  return prefix ? `${prefix}: ${message}` : message
}
