import { Page } from '../components/page'

export default function AlertsPage() {
  return <Page title="Alerts">Not built yet.</Page>
}
