/** Shipments: screen a whole shipment (parties, route, goods, payment) to block, review or clear. */
import { useMutation } from '@tanstack/react-query'
import { api } from '../api/client'
import { Page } from '../components/page'
import { ErrorBox } from '../components/status'
import { DecisionView } from '../shipments/decision-view'
import { type ShipmentDraft, toRequest } from '../shipments/draft'
import { ShipmentForm } from '../shipments/shipment-form'
import type { ShipmentDecision } from '../shipments/types'
import '../shipments/shipments.css'

export default function ShipmentsPage() {
  const screen = useMutation({
    mutationFn: async ({ draft, record }: { draft: ShipmentDraft; record: boolean }) => ({
      decision: await api.post<ShipmentDecision>('/screen', toRequest(draft), { record: record ? 'true' : undefined }),
      at: new Date(),
    }),
  })
  return (
    <Page title="Shipments">
      <p className="muted">Screen every party by name, the route against embargoes and diversion hubs, and the goods against control lists.</p>
      <ShipmentForm onScreen={(draft, record) => screen.mutate({ draft, record })} screening={screen.isPending} />
      {screen.isPending && (
        <p role="status" className="muted">
          Screening the shipment…
        </p>
      )}
      {screen.isError && <ErrorBox error={screen.error} title="The shipment could not be screened" />}
      {screen.data && !screen.isPending && <DecisionView key={screen.data.at.getTime()} decision={screen.data.decision} screenedAt={screen.data.at} />}
    </Page>
  )
}
