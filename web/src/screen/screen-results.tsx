/**
 * The answer to a search: what was searched against which data version, the ranked results, and
 * the alerts a recorded screening opened. No result is said in words, never an empty list.
 */
import { Link } from 'wouter'
import { ResultItem } from './result-item'
import type { ScreeningOutcome } from './types'

function SearchedFor({ outcome, dataset }: { outcome: ScreeningOutcome; dataset: string }) {
  const props = Object.entries(outcome.query.properties).map(([p, v]) => `${p}: ${v.join(', ')}`)
  return (
    <p className="muted searched">
      Searched <strong>{outcome.query.schema}</strong> <bdi dir="auto">{props.join('; ')}</bdi> in <code>{dataset}</code> with <code>{outcome.algorithm}</code>,
      threshold {outcome.threshold.toFixed(2)}. Data version <code>{outcome.dataVersion}</code>.
    </p>
  )
}

function Recorded({ recorded }: { recorded: NonNullable<ScreeningOutcome['recorded']> }) {
  return (
    <div className="success" role="status">
      Recorded as screening {recorded.id}.{' '}
      {recorded.alerts.length === 0 ? 'No alert was opened.' : `Opened ${recorded.alerts.length} alert${recorded.alerts.length === 1 ? '' : 's'}: `}
      {recorded.alerts.map((id, i) => (
        <span key={id}>
          {i > 0 && ', '}
          <Link href={`/alerts/${id}`}>alert {id}</Link>
        </span>
      ))}
    </div>
  )
}

export function ScreenResults({ outcome, dataset }: { outcome: ScreeningOutcome; dataset: string }) {
  const matches = outcome.results.filter((r) => r.match).length
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading">
        Results{' '}
        <span className="muted">
          ({outcome.results.length} shown, {matches} over the threshold)
        </span>
      </h2>
      <SearchedFor outcome={outcome} dataset={dataset} />
      {outcome.recorded && <Recorded recorded={outcome.recorded} />}
      {outcome.results.length === 0 ? (
        <p className="notice" role="status">
          Nothing in <code>{dataset}</code> matches this query. Check the spelling, try another script or fewer details, or lower the threshold.
        </p>
      ) : (
        <ol className="results" aria-label="Results">
          {outcome.results.map((result, i) => (
            <ResultItem key={result.id} rank={i + 1} result={result} query={outcome.query} threshold={outcome.threshold} />
          ))}
        </ol>
      )}
    </section>
  )
}
