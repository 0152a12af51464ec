/** The JSON form of an entity with its relations and the provenance of each value, as the CLI and API show it. */
import type { Entity } from '../model/entity.js'
import { REFERENT_PROP, type StoredStatement } from '../model/statement.js'
import type { EntityDetail } from './store.js'

export interface ProvenanceRecord {
  entity_id: string
  prop: string
  value: string
  lang?: string
  original_value?: string
  dataset: string
  version: string
  source: StoredStatement['source']
  first_seen: string
  last_seen: string
}

export interface EntityDescription extends Entity {
  provenance: ProvenanceRecord[]
  relations: Array<{ via: string; entity: Entity; provenance: ProvenanceRecord[] }>
  references: Array<{ prop: string; entity: Entity }>
}

export function describeEntity(detail: EntityDetail): EntityDescription {
  return {
    ...detail.entity,
    provenance: detail.statements.map(toProvenance),
    relations: detail.related.map((r) => ({ via: `${r.entity.schema}.${r.prop}`, entity: r.entity, provenance: r.statements.map(toProvenance) })),
    references: detail.references,
  }
}

function toProvenance(s: StoredStatement): ProvenanceRecord {
  return {
    entity_id: s.entityId,
    prop: s.prop === REFERENT_PROP ? 'referents' : s.prop,
    value: s.value,
    ...(s.lang ? { lang: s.lang } : {}),
    ...(s.originalValue ? { original_value: s.originalValue } : {}),
    dataset: s.dataset,
    version: s.version,
    source: s.source,
    first_seen: s.firstSeen,
    last_seen: s.lastSeen,
  }
}
