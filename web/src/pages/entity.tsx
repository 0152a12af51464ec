import { Page } from '../components/page'

export default function EntityPage() {
  return <Page title="Entity">Not built yet.</Page>
}
