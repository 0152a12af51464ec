/**
 * Which monitored subjects a new data version can affect: those that retrieve, through the candidate
 * index, an entity the new version added or changed. Screening recalls candidates through the same
 * keys, so a subject that retrieves none of them cannot have gained a hit; re-screening only the
 * rest is exact for new hits, and it spares a large book a full re-screen for a small list update.
 */
import { CandidateIndex } from '../index/candidate-index.js'
import { toMatchable } from '../index/matchable.js'
import type { Entity } from '../model/entity.js'
import { getProperty, getSchema, hasProperty, model } from '../model/ftm.js'
import { diffEntities } from '../store/version-diff.js'
import type { Store } from '../store/store.js'
import type { DataVersion } from './data-version/data-version.js'
import { parseQuery, type QueryInput } from './query.js'

export interface DatasetVersion {
  dataset: string
  version: string
}

// Recall depth per subject against the changed entities alone: any candidate at all makes it affected.
const PROBE_CANDIDATES = 1

/** The canonical ids of the entities `data` has added or changed since `previous`. */
export async function changedSince(store: Store, data: DataVersion, previous: readonly DatasetVersion[]): Promise<Set<string>> {
  const changed = new Set<string>()
  const mark = (id: string) => changed.add(data.canonical.get(id) ?? id)
  for (const now of data.datasets) {
    const before = previous.find((p) => p.dataset === now.dataset)
    if (before?.version === now.version) continue
    const kept = before && (await store.listVersions(now.dataset)).some((v) => v.version === before.version)
    if (!kept) {
      // A new dataset, or one whose earlier version is no longer kept: every entity counts as changed.
      for await (const { entity } of store.iterateVersionEntities(now.dataset, now.version)) markWithReferences(entity, mark)
      continue
    }
    const diff = await diffEntities(store.iterateVersionEntities(now.dataset, before.version), store.iterateVersionEntities(now.dataset, now.version))
    for (const entity of [...diff.added, ...diff.changed]) {
      const merged = data.entities.get(data.canonical.get(entity.id) ?? entity.id)
      if (merged) markWithReferences(merged, mark)
      else mark(entity.id)
    }
  }
  return changed
}

/**
 * An ownership, a sanction or a membership that changed changes the derived risk of the parties it
 * names: they count as changed too.
 */
function markWithReferences(entity: Entity, mark: (id: string) => void): void {
  mark(entity.id)
  if (model.schemata[entity.schema]?.matchable) return
  const schema = getSchema(entity.schema)
  for (const [prop, values] of Object.entries(entity.properties)) {
    if (hasProperty(schema, prop) && getProperty(schema, prop).type.name === 'entity') for (const id of values) mark(id)
  }
}

/** The keys of the subjects that retrieve at least one changed entity. */
export function affectedSubjects(data: DataVersion, changed: Set<string>, subjects: ReadonlyArray<{ key: string; query: QueryInput }>): string[] {
  const entities = [...changed].flatMap((id) => {
    const entity = data.entities.get(id)
    return entity && model.schemata[entity.schema]?.matchable ? [toMatchable(entity)] : []
  })
  if (entities.length === 0) return []
  const probe = new CandidateIndex(entities)
  return subjects
    .filter(({ query }) => {
      try {
        return probe.candidates(parseQuery(query), PROBE_CANDIDATES).length > 0
      } catch {
        // A subject that cannot be screened was refused when it was added; it cannot be affected.
        return false
      }
    })
    .map((s) => s.key)
}
