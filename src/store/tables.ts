/** The store's tables as Kysely sees them; the same shapes serve SQLite and PostgreSQL. */
import type { Generated } from 'kysely'
import type { RecordTables } from './records/tables.js'

export interface DatasetTable {
  name: string
  live_version: number | null
  updated_at: string
}

export type VersionStatus = 'loading' | 'live' | 'retired'

export interface VersionTable {
  id: Generated<number>
  dataset: string
  /** Sortable label, e.g. 20261128060012 */
  label: string
  status: VersionStatus
  format: string
  source_path: string
  source_url: string | null
  source_date: string | null
  started_at: string
  finished_at: string | null
  entity_count: number
  statement_count: number
  warning_count: number
}

export interface StatementTable {
  version_id: number
  entity_id: string
  schema: string
  prop: string
  prop_type: string
  value: string
  lang: string | null
  original_value: string | null
  source_file: string | null
  source_locator: string | null
  source_section: string | null
  first_seen: string
  last_seen: string
  /** The statement's place in its import (null in rows written before migration 0002). */
  ordinal: number | null
}

export interface WarningTable {
  version_id: number
  message: string
  source_file: string | null
  source_locator: string | null
}

export interface Tables extends RecordTables {
  datasets: DatasetTable
  versions: VersionTable
  statements: StatementTable
  warnings: WarningTable
}
