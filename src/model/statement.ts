/** A statement is one property value of one entity, with where it came from. */

/** Where a value came from: a file and a record locator, or an article section for curated data. */
export interface SourceRef {
  file?: string
  /** e.g. "line 944, ent_num 9352" */
  locator?: string
  /** e.g. "Structure (as of 2023)" for curated data */
  section?: string
}

/** One value as an importer yields it; the store adds dataset, version and first/last seen. */
export interface Statement {
  entityId: string
  schema: string
  prop: string
  propType: string
  value: string
  lang?: string
  /** The value as the source wrote it, when cleaning changed it (a country name, a date format). */
  originalValue?: string
  source: SourceRef
}

/** A statement as it is stored and shown, with its provenance. */
export interface StoredStatement extends Statement {
  dataset: string
  version: string
  firstSeen: string
  lastSeen: string
}

/** The pseudo-property that records a cross-reference to the same entity in another dataset. */
export const REFERENT_PROP = '$referent'

/** Human-readable form of a source reference, for warnings and displays. */
export function describeSource(source: SourceRef): string {
  return [source.file, source.section && `section "${source.section}"`, source.locator].filter(Boolean).join(', ')
}
