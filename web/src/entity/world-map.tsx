/**
 * An offline world map in SVG: world-atlas country shapes bundled with the app, projected with
 * d3-geo and zoomed to fit the places, one marker (with a <title>) per place.
 */
import { geoNaturalEarth1, geoPath } from 'd3-geo'
import type { FeatureCollection, MultiPoint } from 'geojson'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import world from 'world-atlas/countries-110m.json'
import type { Place } from './place-model'

const WIDTH = 800
const HEIGHT = 460
const topology = world as unknown as Topology<{ countries: GeometryCollection }>
const countries = feature(topology, topology.objects.countries) as FeatureCollection

/** Fits the places with a margin; a single place (or a cluster) gets at least a few degrees around it. */
function projectionFor(places: Place[]) {
  const lons = places.map((p) => p.longitude)
  const lats = places.map((p) => p.latitude)
  const pad = 3
  const corners: MultiPoint = {
    type: 'MultiPoint',
    coordinates: [
      [Math.min(...lons) - pad, Math.min(...lats) - pad],
      [Math.max(...lons) + pad, Math.max(...lats) + pad],
    ],
  }
  return geoNaturalEarth1().fitExtent(
    [
      [20, 20],
      [WIDTH - 20, HEIGHT - 20],
    ],
    corners,
  )
}

export function WorldMap({ places, label }: { places: Place[]; label: string }) {
  const projection = places.length ? projectionFor(places) : geoNaturalEarth1().fitSize([WIDTH, HEIGHT], { type: 'Sphere' })
  const path = geoPath(projection)
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      <g className="countries">
        {countries.features.map((f, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the atlas is fixed; some shapes have no id
          <path key={i} d={path(f) ?? undefined} />
        ))}
      </g>
      <g className="markers">
        {places.map((p) => {
          const [x, y] = projection([p.longitude, p.latitude]) ?? [0, 0]
          return (
            <circle key={`${p.id}|${p.of.id}`} cx={x} cy={y} r={6}>
              <title>{`${p.name} — ${p.of.caption} (${p.latitude}, ${p.longitude})`}</title>
            </circle>
          )
        })}
      </g>
    </svg>
  )
}
