/**
 * The in-memory index of one data version: every matchable entity of every live dataset, merged
 * across datasets, prepared for matching. Immutable; a new one is built beside it when data changes.
 */
import type { Entity } from '../model/entity.js'
import { model } from '../model/ftm.js'
import type { Store, VersionInfo } from '../store/store.js'
import { deriveRisk } from '../network/derive-risk.js'
import { buildRelations } from '../network/relations.js'
import type { DerivedRisk } from '../network/risk-types.js'
import { CandidateIndex } from './candidate-index.js'
import { mergeClusters } from './merge-clusters.js'
import { toMatchable, type Matchable } from './matchable.js'

export interface ScreeningIndex {
  /** Names the data: each dataset's live version, e.g. "cers@20261128063554-1,us_ofac_sdn@…". */
  version: string
  datasets: VersionInfo[]
  candidates: CandidateIndex
  /** Every entity by id, merged: matchable ones and the rest (sanctions, addresses) for nesting. */
  entities: Map<string, Entity>
  /** Referent id → the id of the merged entity it belongs to. */
  canonical: Map<string, string>
  /** Derived risk (sanction.control, sanction.linked) with proof paths, by merged id; see src/network. */
  risk: Map<string, DerivedRisk>
  builtAt: string
}

/** The data version string of a set of live dataset versions. */
export function dataVersionOf(datasets: VersionInfo[]): string {
  return datasets.map((d) => `${d.dataset}@${d.version}`).sort().join(',')
}

/** Build the index from the store's live versions. */
export async function buildScreeningIndex(store: Store): Promise<ScreeningIndex> {
  const datasets = await store.listDatasets()
  const all: Entity[] = []
  for (const d of datasets) for await (const { entity } of store.iterateEntities(d.dataset)) all.push(entity)
  return indexEntities(all, datasets)
}

/** Build the index from entities already in memory (tests, benchmarks, other sources). */
export function indexEntities(all: Iterable<Entity>, datasets: VersionInfo[]): ScreeningIndex {
  const merged = mergeClusters(all)
  const entities = new Map<string, Entity>()
  const canonical = new Map<string, string>()
  const matchable: Matchable[] = []
  for (const entity of merged) {
    entities.set(entity.id, entity)
    for (const ref of entity.referents) canonical.set(ref, entity.id)
    if (model.schemata[entity.schema]?.matchable) matchable.push(toMatchable(entity))
  }
  return {
    version: dataVersionOf(datasets),
    datasets,
    candidates: new CandidateIndex(matchable),
    entities,
    canonical,
    risk: deriveRisk({ entities, graph: buildRelations(entities, canonical) }),
    builtAt: new Date().toISOString(),
  }
}
