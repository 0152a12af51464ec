import { Page } from '../components/page'

export default function WhitelistPage() {
  return <Page title="Whitelist">Not built yet.</Page>
}
