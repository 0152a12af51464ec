/** GET /catalog and the dataset version routes as the Data page reads them (names kept as sent). */

export interface CatalogDataset {
  name: string
  title: string
  type: 'collection' | 'source'
  version: string | null
  /** The version the screening index serves; behind `version` while a rebuild runs. */
  index_version: string | null
  index_current: boolean
  entity_count: number
  children: string[]
  updated_at: string | null
  last_change: string | null
  publisher?: { name: string }
  source?: { url: string | null; path: string; date: string | null; format: string }
  age_days?: number | null
  stale?: boolean
}

export interface Catalog {
  datasets: CatalogDataset[]
  index_stale: boolean
  outdated: string[]
  warning?: string
}

export interface DatasetVersion {
  version: string
  status: 'loading' | 'live' | 'retired'
  format: string
  source_path: string
  source_url: string | null
  source_date: string | null
  imported_at: string | null
  entities: number
  statements: number
  /** How many warnings the import gave. */
  warnings: number
}

export interface Versions {
  dataset: string
  live: string | null
  versions: DatasetVersion[]
}

export interface EntitySummary {
  id: string
  caption: string
  schema: string
}

export interface VersionDiff {
  dataset: string
  from: string
  to: string
  counts: { added: number; removed: number; changed: number }
  added: EntitySummary[]
  removed: EntitySummary[]
  changed: Array<EntitySummary & { properties: string[] }>
  truncated: boolean
}

export interface Rollback {
  dataset: string
  version: string
  previous: string
}

export const datasetPath = (dataset: string) => `/v1/datasets/${encodeURIComponent(dataset)}`
