import { Page } from '../components/page'

export default function CasePage() {
  return <Page title="Case">Not built yet.</Page>
}
