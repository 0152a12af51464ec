/** Data: the datasets served, how old each is, their kept versions, what changed, and rollback for admins. */
import { ApiText } from '../components/text'
import { Link, useLocation, useSearch } from 'wouter'
import { Page } from '../components/page'
import { ErrorBox, Loading } from '../components/status'
import { CatalogTable } from '../data/catalog-table'
import { DatasetHistory } from '../data/dataset-history'
import { useCatalog } from '../data/queries'
import '../data/data.css'

export default function DataPage() {
  const catalog = useCatalog()
  // The dataset shown is in the URL (?dataset=NAME), so a link to its history can be shared.
  const selected = new URLSearchParams(useSearch()).get('dataset') ?? undefined
  const [, navigate] = useLocation()
  const chosen = catalog.data?.datasets.find((d) => d.name === selected && d.type === 'source')
  return (
    <Page title="Data" actions={<Link href="/monitors">Monitors: re-screen clients when the data changes</Link>}>
      {catalog.isPending && <Loading what="the data catalog" />}
      {catalog.isError && <ErrorBox error={catalog.error} title="The catalog could not be read" />}
      {catalog.data && (
        <>
          <div role="status">
            {catalog.data.index_stale && (
              <p className="notice">
                The screening index still serves an older version of {catalog.data.outdated.join(', ')} than the store holds: a rebuild is under way, and
                screening uses the new data when it is done.
              </p>
            )}
            {catalog.data.warning && (
              <p className="notice">
                <ApiText>{catalog.data.warning}</ApiText>
              </p>
            )}
          </div>
          <CatalogTable datasets={catalog.data.datasets} selected={chosen?.name} onSelect={(name) => navigate(`/data?dataset=${encodeURIComponent(name)}`)} />
          {chosen && <DatasetHistory key={chosen.name} dataset={chosen.name} title={chosen.title} />}
        </>
      )}
    </Page>
  )
}
