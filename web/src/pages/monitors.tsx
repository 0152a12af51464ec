import { Page } from '../components/page'

export default function MonitorsPage() {
  return <Page title="Monitors">Not built yet.</Page>
}
