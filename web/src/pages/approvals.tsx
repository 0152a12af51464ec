import { Page } from '../components/page'

export default function ApprovalsPage() {
  return <Page title="Approvals">Not built yet.</Page>
}
