import { Page } from '../components/page'

export default function ScreenPage() {
  return <Page title="Screen">Not built yet.</Page>
}
