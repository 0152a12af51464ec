import { Page } from '../components/page'

export default function CasesPage() {
  return <Page title="Cases">Not built yet.</Page>
}
