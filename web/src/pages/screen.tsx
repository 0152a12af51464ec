/** /screen: screen a name against the lists, with results explained; the form lives in the URL query. */
import { useLocation, useSearch } from 'wouter'
import { Page } from '../components/page'
import { ErrorBox, Loading } from '../components/status'
import { ScreenForm } from '../screen/screen-form'
import { readParams, type ScreenParams, writeParams } from '../screen/screen-params'
import { ScreenResults } from '../screen/screen-results'
import { useScreening } from '../screen/use-screening'
import '../screen/screen.css'

export default function ScreenPage() {
  const search = useSearch()
  const [, navigate] = useLocation()
  const params = readParams(search)
  const screening = useScreening(params, search)
  const submit = (next: ScreenParams, record: boolean) => {
    const nextSearch = writeParams(next)
    if (record) screening.record(next, nextSearch)
    navigate(`/screen?${nextSearch}`)
  }
  return (
    <Page title="Screen">
      {/* Keyed by the URL: going back or following a link resets the form to that search. */}
      <ScreenForm key={search} initial={params} busy={screening.pending} onSubmit={submit} />
      {screening.error ? <ErrorBox error={screening.error} title="The screening failed" /> : null}
      {screening.pending && <Loading what="results" />}
      {!screening.pending && screening.outcome && <ScreenResults outcome={screening.outcome} dataset={params.dataset} />}
      {!params.name && !screening.outcome && (
        <p className="muted">Enter a name and press Screen. Add a birth date, country or identifier to tell namesakes apart.</p>
      )}
    </Page>
  )
}
