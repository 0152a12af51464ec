import { Page } from '../components/page'

export default function MonitorPage() {
  return <Page title="Monitor">Not built yet.</Page>
}
