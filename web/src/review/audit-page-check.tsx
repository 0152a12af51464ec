/** The hash check of the records shown, run on each page, said in words next to the table. */
import { useQuery } from '@tanstack/react-query'
import { checkRecords } from './audit-check'
import type { AuditRecord } from './types'

export function AuditPageCheck({ records, contiguous }: { records: AuditRecord[]; contiguous: boolean }) {
  const check = useQuery({
    queryKey: ['audit-check', records.map((r) => r.hash), contiguous],
    queryFn: () => checkRecords(records, contiguous),
  })
  return (
    <div role="status" className="panel">
      {check.isPending && <p className="muted">Checking the hashes of the records shown…</p>}
      {check.data?.ok && (
        <p className="chain-ok">
          The {check.data.checked} records shown match their hashes{contiguous ? ' and each follows the one before' : ''}.
        </p>
      )}
      {check.data && !check.data.ok && (
        <p className="chain-broken">
          Record {check.data.seq} {check.data.problem}.
        </p>
      )}
      {check.error && <p className="chain-broken">The check could not run: {String(check.error)}</p>}
      <p className="muted">
        The API has no route to verify the whole chain; run <code>vigil audit verify</code> for that.
      </p>
    </div>
  )
}
