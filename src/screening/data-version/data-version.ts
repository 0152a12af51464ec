/**
 * A data version: what every screening answer is computed from. One version of each dataset, read
 * once and merged into one entity per cluster; the candidate index over them (recall, src/index);
 * and the network's derived risk (src/network). Immutable; a new one is built beside it, off the
 * request thread, when data changes. GET /entities reads the store at the same `datasets`.
 */
import { CandidateIndex } from '../../index/candidate-index.js'
import { toMatchable, type Matchable } from '../../index/matchable.js'
import type { Entity } from '../../model/entity.js'
import { model } from '../../model/ftm.js'
import { deriveRisk } from '../../network/derive-risk.js'
import { buildRelations } from '../../network/relations.js'
import type { DerivedRisk } from '../../network/risk-types.js'
import type { Store, VersionInfo } from '../../store/store.js'
import { mergeClusters } from './merge-clusters.js'

export interface DataVersion {
  /** Names the data: each dataset's version, e.g. "cers@20261128063554-1,us_ofac_sdn@…". */
  version: string
  /** The dataset versions it was built from; pass them to `Store.getEntity` to read the same data. */
  datasets: VersionInfo[]
  candidates: CandidateIndex
  /** Every entity by id, merged: matchable ones and the rest (sanctions, addresses) for nesting. */
  entities: Map<string, Entity>
  /** Referent id → the canonical id of the merged entity it belongs to (model/clusters.ts). */
  canonical: Map<string, string>
  /** Derived risk (sanction.control, sanction.linked) with proof paths, by canonical id. */
  risk: Map<string, DerivedRisk>
  builtAt: string
}

/** The name of a set of dataset versions, as every answer carries it. */
export function dataVersionName(datasets: VersionInfo[]): string {
  return datasets
    .map((d) => `${d.dataset}@${d.version}`)
    .sort()
    .join(',')
}

/** Read the store's live versions and build their data version. */
export async function loadDataVersion(store: Store): Promise<DataVersion> {
  const datasets = await store.listDatasets()
  const all: Entity[] = []
  // Each dataset at the version listed, not whatever is live by the time it is read: an import
  // finishing meanwhile must not give the data version a version its name does not say.
  for (const d of datasets) for await (const { entity } of store.iterateVersionEntities(d.dataset, d.version)) all.push(entity)
  return buildDataVersion(all, datasets)
}

/** Build a data version from entities already in memory (batch workers, tests, benchmarks). */
export function buildDataVersion(all: Iterable<Entity>, datasets: VersionInfo[]): DataVersion {
  const entities = new Map<string, Entity>()
  const canonical = new Map<string, string>()
  const matchable: Matchable[] = []
  for (const entity of mergeClusters(all)) {
    entities.set(entity.id, entity)
    for (const ref of entity.referents) canonical.set(ref, entity.id)
    if (model.schemata[entity.schema]?.matchable) matchable.push(toMatchable(entity))
  }
  return {
    version: dataVersionName(datasets),
    datasets,
    candidates: new CandidateIndex(matchable),
    entities,
    canonical,
    risk: deriveRisk({ entities, graph: buildRelations(entities, canonical) }),
    builtAt: new Date().toISOString(),
  }
}
