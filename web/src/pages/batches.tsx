/** Batches: upload a file of names, watch it being screened, and download the results. */
import { useLocation, useSearch } from 'wouter'
import { Page } from '../components/page'
import { BatchList } from '../batches/batch-list'
import { BatchProgress } from '../batches/batch-progress'
import { UploadForm } from '../batches/upload-form'
import '../batches/batches.css'

export default function BatchesPage() {
  // The batch shown is in the URL (?batch=ID), so a reload or a shared link finds it again.
  const selected = new URLSearchParams(useSearch()).get('batch') ?? undefined
  const [, navigate] = useLocation()
  const select = (id: string) => navigate(`/batches?batch=${encodeURIComponent(id)}`)
  return (
    <Page title="Batches">
      <UploadForm onStarted={(batch) => select(batch.id)} />
      {selected && <BatchProgress key={selected} id={selected} />}
      <BatchList selected={selected} onSelect={select} />
    </Page>
  )
}
