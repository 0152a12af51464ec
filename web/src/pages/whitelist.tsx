/** The whitelist: pairs cleared by approved false positives; an admin may stop one suppressing. */
import { Page } from '../components/page'
import { ErrorBox, Loading } from '../components/status'
import { useWhitelist } from '../review/queries'
import { useUrlFilters } from '../review/url-filters'
import { WhitelistTable } from '../review/whitelist-table'
import '../review/review.css'

export default function WhitelistPage() {
  const [filters, setFilters] = useUrlFilters(['removed'])
  const includeRemoved = filters.removed === 'shown'
  const whitelist = useWhitelist(includeRemoved)
  return (
    <Page title="Whitelist">
      <p className="muted">
        A pair is whitelisted when a reviewer approves a false positive: the same subject no longer alerts on the same entity, until the entity's listing
        changes or an admin removes the entry. The reason is the decision's, on the alert it came from.
      </p>
      <label className="inline">
        <input type="checkbox" checked={includeRemoved} onChange={(e) => setFilters({ removed: e.target.checked ? 'shown' : undefined })} />
        Show removed and lapsed entries
      </label>
      {whitelist.isPending && <Loading what="the whitelist" />}
      {whitelist.error && <ErrorBox error={whitelist.error} title="The whitelist could not be read" />}
      {whitelist.data && <WhitelistTable entries={whitelist.data.entries} />}
    </Page>
  )
}
