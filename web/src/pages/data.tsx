import { Page } from '../components/page'

export default function DataPage() {
  return <Page title="Data">Not built yet.</Page>
}
