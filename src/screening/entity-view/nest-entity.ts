/**
 * An entity with its neighbours nested inside its properties, as yente serves `/entities/{id}`:
 * a person's sanctions under `sanctions`, its addresses under `addressEntity`, an ownership under
 * `ownershipOwner` with the owned company nested in it. Every value keeps its provenance.
 */
import { canonicalIdOf } from '../../model/clusters.js'
import type { Entity } from '../../model/entity.js'
import { model, propertiesOf } from '../../model/ftm.js'
import { describeEntity, type ProvenanceRecord } from '../../store/describe-entity.js'
import type { EntityDetail } from '../../store/store.js'
import type { DataVersion } from '../data-version/data-version.js'
import { toEntityResponse, type EntityResponse } from './entity-response.js'

export type NestedEntity = EntityResponse & { provenance?: ProvenanceRecord[] }

/** The entity with references and related entities nested; `data` resolves the far side of links. */
export function nestEntity(detail: EntityDetail, data: DataVersion | undefined): NestedEntity {
  const described = describeEntity(detail)
  const properties: Record<string, unknown[]> = copyProperties(detail.entity)
  for (const ref of detail.references) replaceId(properties, ref.prop, ref.entity.id, toEntityResponse(ref.entity))
  detail.related.forEach((rel, i) => {
    const reverse = reverseOf(rel.entity.schema, rel.prop)
    if (!reverse) return
    const nested = nestFarSide(rel.entity, rel.prop, data)
    ;(properties[reverse] ??= []).push({ ...nested, provenance: described.relations[i]?.provenance ?? [] })
  })
  return { ...toEntityResponse(detail.entity, properties), provenance: described.provenance }
}

/** The entity as stored, with its provenance, nothing nested (`?nested=false`). */
export function flatEntity(detail: EntityDetail): NestedEntity {
  return { ...toEntityResponse(detail.entity), provenance: describeEntity(detail).provenance }
}

/** A link entity (sanction, ownership, membership) with the entities it points at nested, except the way back. */
function nestFarSide(link: Entity, backProp: string, data: DataVersion | undefined): EntityResponse {
  const properties: Record<string, unknown[]> = copyProperties(link)
  const schema = model.schemata[link.schema]
  if (schema && data) {
    for (const [prop, property] of propertiesOf(schema)) {
      if (prop === backProp || property.type.name !== 'entity') continue
      for (const id of link.properties[prop] ?? []) {
        const far = data.entities.get(canonicalIdOf(data.canonical, id))
        if (far) replaceId(properties, prop, id, toEntityResponse(far))
      }
    }
  }
  return toEntityResponse(link, properties)
}

function copyProperties(entity: Entity): Record<string, unknown[]> {
  return Object.fromEntries(Object.entries(entity.properties).map(([k, v]) => [k, [...v]]))
}

function replaceId(properties: Record<string, unknown[]>, prop: string, id: string, nested: EntityResponse): void {
  const values = (properties[prop] ??= [])
  const at = values.indexOf(id)
  if (at >= 0) values[at] = nested
  else if (!values.some((v) => typeof v === 'object' && (v as EntityResponse).id === nested.id)) values.push(nested)
}

/** The name of the property on the other side of a link, e.g. Sanction.entity → sanctions. */
function reverseOf(schemaName: string, prop: string): string | undefined {
  const schema = model.schemata[schemaName]
  const property = schema ? propertiesOf(schema).get(prop) : undefined
  return property?.hasReverse ? property.getReverse().name : undefined
}
