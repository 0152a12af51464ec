/** One ranked result: caption linking to the entity, score, match, topics, datasets, and the why of the score. */
import { Link } from 'wouter'
import { Badge, ScoreBar, ScriptText } from '../components/text'
import { DatasetBadges, TopicBadges } from '../entity/topic-badges'
import { texts } from '../entity/types'
import { FeatureExplanation } from './feature-explanation'
import { SideBySide } from './side-by-side'
import type { MatchQuery, MatchResult } from './types'

interface Props {
  rank: number
  result: MatchResult
  query: MatchQuery
  threshold: number
}

export function ResultItem({ rank, result, query, threshold }: Props) {
  const headingId = `result-${rank}`
  const otherNames = [...new Set([...texts(result, 'name'), ...texts(result, 'alias')])].filter((n) => n !== result.caption).slice(0, 4)
  return (
    <li className="result" aria-labelledby={headingId}>
      <div className="result-head">
        <span className="result-rank" aria-hidden="true">
          {rank}
        </span>
        <h3 id={headingId}>
          <Link href={`/entities/${encodeURIComponent(result.id)}`}>
            <ScriptText>{result.caption}</ScriptText>
          </Link>
        </h3>
        <ScoreBar score={result.score} threshold={threshold} label={`Score of ${result.caption}`} />
        {result.match ? <Badge tone="danger">match</Badge> : <Badge tone="neutral">below threshold</Badge>}
        <Badge tone="info">{result.schema}</Badge>
        <TopicBadges topics={texts(result, 'topics')} paths={result.paths ?? []} />
        <DatasetBadges datasets={result.datasets} />
      </div>
      {otherNames.length > 0 && (
        <p className="result-names muted">
          Also:{' '}
          {otherNames.map((n, i) => (
            <span key={n}>
              {i > 0 && ' · '}
              <ScriptText>{n}</ScriptText>
            </span>
          ))}
        </p>
      )}
      {(result.paths ?? []).map((path) => (
        <p key={`${path.topic}-${path.listed.id}`} className="result-path">
          <Badge tone="warning">{path.topic}</Badge> <ScriptText>{path.explanation}</ScriptText>
        </p>
      ))}
      <details>
        <summary>Explanation, feature by feature</summary>
        <FeatureExplanation result={result} />
      </details>
      <details>
        <summary>Compare the query with the list entry</summary>
        <SideBySide query={query} result={result} />
      </details>
    </li>
  )
}
