import { Page } from '../components/page'

export default function ShipmentsPage() {
  return <Page title="Shipments">Not built yet.</Page>
}
