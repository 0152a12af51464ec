/** Places with coordinates: Address entities (latitude/longitude) nested in an entity, and whose place each is. */
import { isRelation } from './network-model'
import { isNested, type NestedEntity, texts } from './types'

export interface Place {
  id: string
  name: string
  latitude: number
  longitude: number
  /** The entity the address belongs to. */
  of: { id: string; caption: string }
}

function placeOf(address: NestedEntity, of: NestedEntity): Place | undefined {
  const latitude = Number.parseFloat(texts(address, 'latitude')[0] ?? '')
  const longitude = Number.parseFloat(texts(address, 'longitude')[0] ?? '')
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return undefined
  return { id: address.id, name: texts(address, 'full')[0] ?? address.caption, latitude, longitude, of: { id: of.id, caption: of.caption } }
}

/** The entity's own addresses (nested directly in it). */
export function placesOf(entity: NestedEntity): Place[] {
  return Object.values(entity.properties)
    .flat()
    .filter(isNested)
    .filter((v) => v.schema === 'Address')
    .map((a) => placeOf(a, entity))
    .filter((p): p is Place => p !== undefined)
}

/** The ids of the entity's neighbours worth fetching for their addresses: not events, sanctions or addresses. */
export function neighbourIds(entity: NestedEntity, cap: number): string[] {
  const ids = new Set<string>()
  const skip = new Set(['Address', 'Sanction', 'Event'])
  const visit = (value: NestedEntity, depth: number) => {
    if (skip.has(value.schema) || value.id === entity.id) return
    // A relationship (Ownership, UnknownLink…) is not a place-holder itself: look at its ends.
    if (depth < 2 && isRelation(value.schema)) {
      for (const inner of Object.values(value.properties).flat().filter(isNested)) visit(inner, depth + 1)
      return
    }
    ids.add(value.id)
  }
  for (const value of Object.values(entity.properties).flat().filter(isNested)) visit(value, 1)
  return [...ids].slice(0, cap)
}

/** One marker per address and owner: two entities at one address are two rows, one place. */
export function uniquePlaces(places: Place[]): Place[] {
  const seen = new Map<string, Place>()
  for (const p of places) seen.set(`${p.id}|${p.of.id}`, p)
  return [...seen.values()]
}
