import { Page } from '../components/page'

export default function BatchesPage() {
  return <Page title="Batches">Not built yet.</Page>
}
