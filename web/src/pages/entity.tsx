/**
 * /entities/:id: one entity with its names, sourced properties, sanctions and derived risk, and
 * its network as a graph, a map and a timeline.
 */
import { Link, useParams } from 'wouter'
import { ApiError } from '../api/client'
import { Page } from '../components/page'
import { ErrorBox, Loading } from '../components/status'
import { EntityNames } from '../entity/entity-names'
import { EntitySummary } from '../entity/entity-summary'
import { MapView } from '../entity/map-view'
import { NetworkView } from '../entity/network-view'
import { PropertyTable } from '../entity/property-table'
import { RiskPaths } from '../entity/risk-paths'
import { SanctionsTable } from '../entity/sanctions-table'
import { Tabs } from '../entity/tabs'
import { TimelineView } from '../entity/timeline-view'
import type { Entity } from '../entity/types'
import { useEntity } from '../entity/use-entity'
import '../entity/entity.css'

function EntityViews({ entity }: { entity: Entity }) {
  return (
    <section aria-labelledby="views-heading">
      <h2 id="views-heading">Network, places and timeline</h2>
      <Tabs
        label={`Views of ${entity.caption}`}
        tabs={[
          { id: 'graph', label: 'Graph', render: () => <NetworkView entity={entity} /> },
          { id: 'map', label: 'Map', render: () => <MapView entity={entity} /> },
          { id: 'timeline', label: 'Timeline', render: () => <TimelineView entity={entity} /> },
        ]}
      />
    </section>
  )
}

export default function EntityPage() {
  const { id = '' } = useParams<{ id: string }>()
  const askedFor = decodeURIComponent(id)
  const entity = useEntity(askedFor)
  if (entity.isPending) return <Loading what={`entity ${askedFor}`} />
  if (entity.isError) {
    const missing = entity.error instanceof ApiError && entity.error.status === 404
    return (
      <Page title={missing ? 'Entity not found' : 'Entity'}>
        <ErrorBox error={entity.error} title={missing ? `No entity '${askedFor}'` : 'Could not load the entity'} />
        <p>
          <Link href="/screen">Search for it on the Screen page</Link>
        </p>
      </Page>
    )
  }
  const data = entity.data
  return (
    <Page title={data.caption}>
      {/* Keyed by id: following a link to a neighbour starts its views afresh. */}
      <div key={data.id} className="entity-page">
        <EntitySummary entity={data} askedFor={askedFor} />
        <div className="entity-columns">
          <EntityNames entity={data} />
          <RiskPaths entity={data} />
        </div>
        <SanctionsTable entity={data} />
        <EntityViews entity={data} />
        <PropertyTable entity={data} />
      </div>
    </Page>
  )
}
