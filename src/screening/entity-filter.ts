/**
 * The filters yente's `/match` and `/search` take (scope, datasets, schemata, topics, dates, ids),
 * as one predicate over entities, so candidate generation can skip what the client ruled out.
 */
import type { Entity } from '../model/entity.js'
import { checkValues, SCHEMATA, TOPICS } from './valid-values.js'

export interface EntityFilterSpec {
  /** Every dataset served. */
  datasets: readonly string[]
  /** A dataset name, or `default` for every dataset. */
  scope: string
  includeDatasets?: readonly string[]
  excludeDatasets?: readonly string[]
  excludeSchemata?: readonly string[]
  /** Keep entities with any of these topics (e.g. sanction, export.control). */
  topics?: readonly string[]
  /** Keep entities first seen on or after this date (an ISO prefix: 2024, 2024-05-03T10:00). */
  changedSince?: string
  /** Drop these entities; a referent id drops the merged entity it belongs to. */
  excludeIds?: readonly string[]
}

export const DEFAULT_SCOPE = 'default'

/** One predicate for all the filters given; filters left out keep everything. An unknown value is an error. */
export function makeEntityFilter(spec: EntityFilterSpec): (entity: Entity) => boolean {
  checkEntityFilter(spec)
  const allowed = allowedDatasets(spec)
  const tests: Array<(e: Entity) => boolean> = [(e) => e.datasets.some((d) => allowed.has(d))]
  const schemata = nonEmpty(spec.excludeSchemata)
  if (schemata) tests.push((e) => !schemata.has(e.schema))
  const topics = nonEmpty(spec.topics)
  if (topics) tests.push((e) => (e.properties.topics ?? []).some((t) => topics.has(t)))
  const since = spec.changedSince
  if (since) tests.push((e) => e.first_seen.slice(0, since.length) >= since)
  const ids = nonEmpty(spec.excludeIds)
  if (ids) tests.push((e) => !ids.has(e.id) && !e.referents.some((r) => ids.has(r)))
  return (entity) => tests.every((test) => test(entity))
}

/**
 * Every filter value must exist: an unknown dataset, schema or topic would keep nothing and read as
 * "no match". include_dataset must also be inside the scope, for the same reason.
 */
export function checkEntityFilter(spec: EntityFilterSpec): void {
  const inScope = spec.scope === DEFAULT_SCOPE ? spec.datasets : [spec.scope]
  checkValues({ param: 'include_dataset', values: spec.includeDatasets, valid: inScope, noun: 'dataset' })
  checkValues({ param: 'exclude_dataset', values: spec.excludeDatasets, valid: spec.datasets, noun: 'dataset' })
  checkValues({ param: 'exclude_schema', values: spec.excludeSchemata, valid: SCHEMATA, noun: 'schema' })
  checkValues({ param: 'topics', values: spec.topics, valid: TOPICS, noun: 'topic' })
}

/**
 * The scope, narrowed by include_dataset and then by exclude_dataset, as yente does: an entity
 * stays when any of its datasets is left, so excluding one list keeps what others also name.
 */
function allowedDatasets(spec: EntityFilterSpec): Set<string> {
  let allowed = spec.scope === DEFAULT_SCOPE ? [...spec.datasets] : [spec.scope]
  const include = nonEmpty(spec.includeDatasets)
  if (include) allowed = allowed.filter((d) => include.has(d))
  const exclude = nonEmpty(spec.excludeDatasets)
  if (exclude) allowed = allowed.filter((d) => !exclude.has(d))
  return new Set(allowed)
}

function nonEmpty(values: readonly string[] | undefined): Set<string> | undefined {
  return values && values.length > 0 ? new Set(values) : undefined
}
