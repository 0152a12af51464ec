/**
 * What a data-version worker does with a task: the screening, search or lookup behind one route,
 * against the worker's own data version (and the store, read at that version's datasets), answered
 * as the JSON text of the route's response.
 */
import { AppError } from '../../errors.js'
import { getAlgorithm } from '../../scoring/algorithms.js'
import { runDiff } from './diff-task.js'
import type { DataVersion } from '../../screening/data-version/data-version.js'
import { makeEntityFilter } from '../../screening/entity-filter.js'
import { matchExamples } from '../../screening/match-examples.js'
import { searchEntities } from '../../screening/search-entities.js'
import { decisionJson } from '../../screening/shipment/decision-json.js'
import { screenShipment } from '../../screening/shipment/screen-shipment.js'
import type { Store } from '../../store/store.js'
import { datasetNames } from '../dataset-scope.js'
import { withDerivedRisk } from '../../screening/entity-view/derived-risk.js'
import { toEntityResponse } from '../../screening/entity-view/entity-response.js'
import { presentEntity, readEntity } from '../../screening/entity-view/present-entity.js'
import { labelFacets } from '../facet-labels.js'
import { toEntityMatches } from '../match-response.js'
import type { AffectedTask, MatchTask, Task, TaskResult } from './protocol.js'
import { affectedSubjects, changedSince } from '../../screening/affected-subjects.js'

export interface WorkerData {
  data: DataVersion
  store: Store
  /** The changed entities since a previous version, computed once per previous version asked about. */
  changes?: Map<string, Promise<Set<string>>>
}

export async function runTask(task: Task, worker: WorkerData): Promise<TaskResult> {
  const { data } = worker
  switch (task.kind) {
    case 'match':
      return { json: matchMembers(task, data), version: data.version }
    case 'search':
      return { json: JSON.stringify(search(task, data)), version: data.version }
    case 'screen':
      return { json: JSON.stringify(screen(task, data)), version: data.version }
    case 'entity':
      return entity(task, worker)
    case 'affected':
      return { json: JSON.stringify(await affected(task, worker)), version: data.version }
    case 'diff':
      return { json: await runDiff(task, worker.store), version: data.version }
  }
}

/** The `"key": {…}` members of `responses` for one chunk of examples. */
function matchMembers(task: MatchTask, data: DataVersion): string {
  const { params } = task
  const algorithm = getAlgorithm(params.algorithm)
  const threshold = params.threshold ?? algorithm.threshold
  const results = matchExamples({
    examples: task.examples.map(([key, query]) => [key, query]),
    data,
    algorithm,
    threshold,
    cutoff: Math.min(params.cutoff ?? threshold, threshold),
    limit: params.limit,
    weights: task.weights,
    accept: makeEntityFilter({
      datasets: datasetNames(data.datasets),
      scope: task.scope,
      includeDatasets: params.include_dataset,
      excludeDatasets: params.exclude_dataset,
      excludeSchemata: params.exclude_schema,
      topics: params.topics,
      changedSince: params.changed_since,
      excludeIds: params.exclude_entity_ids,
    }),
  })
  const ids = new Map(task.examples.map(([key, , id]) => [key, id]))
  return results.map((r) => `${JSON.stringify(r.key)}:${JSON.stringify(toEntityMatches(r, ids.get(r.key), data.risk))}`).join(',')
}

function search(task: Extract<Task, { kind: 'search' }>, data: DataVersion) {
  const p = task.params
  const found = searchEntities({
    data,
    q: p.q,
    schema: p.schema,
    limit: p.limit,
    offset: p.offset,
    facets: p.facets,
    accept: makeEntityFilter({
      datasets: datasetNames(data.datasets),
      scope: task.scope,
      includeDatasets: p.include_dataset,
      excludeDatasets: p.exclude_dataset,
      excludeSchemata: p.exclude_schema,
      changedSince: p.changed_since,
    }),
    filters: { countries: p.countries, topics: p.topics, datasets: p.datasets, op: p.filter_op },
  })
  return {
    results: found.results.map((hit) => withDerivedRisk(toEntityResponse(hit.entity), data.risk.get(hit.entity.id))),
    facets: labelFacets(found.facets),
    total: { value: found.total, relation: 'eq' },
    limit: p.limit,
    offset: p.offset,
    data_version: data.version,
  }
}

function screen(task: Extract<Task, { kind: 'screen' }>, data: DataVersion) {
  return decisionJson(screenShipment({ shipment: task.shipment, data, algorithm: getAlgorithm(task.algorithm) }), data.risk)
}

/** The entity as the worker's data version has it: a merged id redirects to its canonical id, as /match names it. */
async function entity(task: Extract<Task, { kind: 'entity' }>, { data, store }: WorkerData): Promise<TaskResult> {
  const detail = await readEntity(store, data, task.id)
  if (!detail) throw new AppError('not_found', `No entity '${task.id}'. Find ids with GET /search/default?q=NAME.`)
  if (detail.entity.id !== task.id) return { redirect: detail.entity.id, version: data.version }
  return { json: JSON.stringify(presentEntity(detail, data, task.nested)), version: data.version }
}

/** The subjects of a monitor's chunk that the changes since `previous` can affect. */
async function affected(task: AffectedTask, worker: WorkerData): Promise<string[]> {
  const cacheKey = JSON.stringify(task.previous)
  worker.changes ??= new Map()
  let changed = worker.changes.get(cacheKey)
  if (!changed) {
    changed = changedSince(worker.store, worker.data, task.previous)
    worker.changes.set(cacheKey, changed)
    // A failure (a store that could not be read) is not remembered: the next chunk tries again.
    changed.catch(() => worker.changes?.delete(cacheKey))
  }
  return affectedSubjects(worker.data, await changed, task.subjects)
}
