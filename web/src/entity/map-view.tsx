/**
 * The Map tab: the entity's addresses and its neighbours', on a map and in a table. Neighbours
 * are fetched for their addresses (at most NEIGHBOUR_CAP, so a hub does not start hundreds of requests).
 */
import { useQueries } from '@tanstack/react-query'
import { Link } from 'wouter'
import { ScriptText } from '../components/text'
import { neighbourIds, type Place, placesOf, uniquePlaces } from './place-model'
import type { Entity } from './types'
import { entityKey, fetchEntity } from './use-entity'
import { WorldMap } from './world-map'

const NEIGHBOUR_CAP = 40

function PlaceTable({ places }: { places: Place[] }) {
  return (
    <table className="dense">
      <caption>Places</caption>
      <thead>
        <tr>
          <th scope="col">Place</th>
          <th scope="col">Entity</th>
          <th scope="col">Coordinates</th>
        </tr>
      </thead>
      <tbody>
        {places.map((p) => (
          <tr key={`${p.id}|${p.of.id}`}>
            <td>
              <ScriptText>{p.name}</ScriptText>
            </td>
            <td>
              <Link href={`/entities/${encodeURIComponent(p.of.id)}`}>
                <ScriptText>{p.of.caption}</ScriptText>
              </Link>
            </td>
            <td className="num">
              {p.latitude.toFixed(3)}, {p.longitude.toFixed(3)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export function MapView({ entity }: { entity: Entity }) {
  const ids = neighbourIds(entity, NEIGHBOUR_CAP)
  const neighbours = useQueries({ queries: ids.map((id) => ({ queryKey: entityKey(id), queryFn: () => fetchEntity(id), staleTime: 60_000 })) })
  const loading = neighbours.filter((q) => q.isPending).length
  const failed = neighbours.filter((q) => q.isError).length
  const places = uniquePlaces([...placesOf(entity), ...neighbours.flatMap((q) => (q.data ? placesOf(q.data) : []))])
  return (
    <div className="map-view">
      <p className="muted" role="status">
        {places.length} places with coordinates, from {entity.caption} and {ids.length} neighbours
        {loading > 0 && ` (loading ${loading} more)`}
        {failed > 0 && ` (${failed} could not be loaded)`}.
      </p>
      <div className="map-layout">
        <div className="map">
          <WorldMap places={places} label={`Map of ${places.length} places of ${entity.caption} and its network`} />
        </div>
        {places.length === 0 ? (
          <p className="muted">Neither the entity nor its neighbours have an address with coordinates.</p>
        ) : (
          <PlaceTable places={places} />
        )}
      </div>
    </div>
  )
}
