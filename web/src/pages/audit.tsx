import { Page } from '../components/page'

export default function AuditPage() {
  return <Page title="Audit">Not built yet.</Page>
}
