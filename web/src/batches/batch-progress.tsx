/** One batch as it runs: a progress bar and its counts, then its downloads, or the reason it failed. */
import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { ErrorBox, Loading } from '../components/status'
import { ScriptText } from '../components/text'
import { BatchDownloads } from './batch-downloads'
import { useBatch } from './queries'
import type { Batch } from './types'

export function BatchProgress({ id }: { id: string }) {
  const batch = useBatch(id)
  const heading = useRef<HTMLHeadingElement>(null)
  const client = useQueryClient()
  const status = batch.data?.status
  // A batch just chosen or started (mounted afresh, by its key) takes focus; one that finishes refreshes the list.
  useEffect(() => heading.current?.focus(), [])
  useEffect(() => {
    if (status && status !== 'running') client.invalidateQueries({ queryKey: ['batches'], exact: true })
  }, [status, client])
  return (
    <section className="panel" aria-labelledby="batch-title">
      <h2 id="batch-title" ref={heading} tabIndex={-1}>
        Batch {batch.data ? <ScriptText>{batch.data.name}</ScriptText> : id}
      </h2>
      {batch.isPending && <Loading what="the batch" />}
      {batch.isError && <ErrorBox error={batch.error} title="The batch could not be read" />}
      {batch.data && <BatchState batch={batch.data} />}
    </section>
  )
}

function BatchState({ batch }: { batch: Batch }) {
  // Before the file is read the row count may still be 0: the bar then shows no progress rather than 0 of 0.
  const max = Math.max(batch.rows, 1)
  return (
    <>
      <progress
        className="batch-progress"
        max={max}
        value={batch.status === 'done' ? max : batch.screened}
        aria-label={`Rows of ${batch.name} screened`}
        aria-describedby="batch-counts"
      />
      <p id="batch-counts" className="batch-counts">
        {batch.screened} of {batch.rows} rows screened · {batch.matched} matched · {batch.alerts} alerts opened
      </p>
      <p role="status">{statusMessage(batch)}</p>
      {batch.status === 'failed' && <ErrorBox error={new Error(batch.error ?? 'no reason given')} title="The batch failed" />}
      {batch.warnings.length > 0 && (
        <details>
          <summary>{batch.warnings.length} rows could not be read (each is in the results with its error)</summary>
          <ul>
            {batch.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </details>
      )}
      {batch.status === 'done' && <BatchDownloads batch={batch} />}
    </>
  )
}

function statusMessage(batch: Batch): string {
  if (batch.status === 'running') return 'Screening…'
  if (batch.status === 'failed') return 'The batch failed.'
  return `Done: ${batch.screened} rows screened, ${batch.matched} matched, ${batch.alerts} alerts opened.`
}
