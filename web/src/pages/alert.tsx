import { Page } from '../components/page'

export default function AlertPage() {
  return <Page title="Alert">Not built yet.</Page>
}
