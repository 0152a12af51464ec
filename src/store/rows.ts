/** Mapping between stored rows and the model's statements and version infos. */
import type { Selectable } from 'kysely'
import type { Statement, StoredStatement } from '../model/statement.js'
import type { VersionInfo } from './store.js'
import type { StatementTable, VersionTable } from './tables.js'

export function toRow(s: Statement, versionId: number, seen: string, ordinal: number): StatementTable {
  return {
    version_id: versionId,
    entity_id: s.entityId,
    schema: s.schema,
    prop: s.prop,
    prop_type: s.propType,
    value: s.value,
    lang: s.lang ?? null,
    original_value: s.originalValue ?? null,
    source_file: s.source.file ?? null,
    source_locator: s.source.locator ?? null,
    source_section: s.source.section ?? null,
    first_seen: seen,
    last_seen: seen,
    ordinal,
  }
}

export function fromRow(row: StatementTable, dataset: string, version: string): StoredStatement {
  const source = dropNull({ file: row.source_file, locator: row.source_locator, section: row.source_section })
  return {
    entityId: row.entity_id,
    schema: row.schema,
    prop: row.prop,
    propType: row.prop_type,
    value: row.value,
    ...dropNull({ lang: row.lang, originalValue: row.original_value }),
    source,
    dataset,
    version,
    firstSeen: row.first_seen,
    lastSeen: row.last_seen,
  }
}

export function toVersionInfo(row: Selectable<VersionTable>): VersionInfo {
  return {
    dataset: row.dataset,
    version: row.label,
    status: row.status,
    format: row.format,
    sourcePath: row.source_path,
    sourceUrl: row.source_url,
    sourceDate: row.source_date,
    importedAt: row.finished_at,
    entities: row.entity_count,
    statements: row.statement_count,
    warnings: row.warning_count,
  }
}

function dropNull<T extends Record<string, string | null>>(value: T): { [K in keyof T]?: string } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null)) as { [K in keyof T]?: string }
}
