/** Derived risk: each chain from the matched entity to a listed one, in the sentence the API wrote. */
import { Link } from 'wouter'
import { Badge } from '../components/text'
import type { RiskPath } from './types'

const TOPIC_WORDS: Record<string, string> = {
  'sanction.control': 'Owned or controlled by a listed party',
  'sanction.linked': 'Linked to a listed party',
}

export function RiskPaths({ paths }: { paths: RiskPath[] | undefined }) {
  if (!paths || paths.length === 0) return <p className="muted">No derived risk: the matched entity has no path to another listed party.</p>
  return (
    <ol aria-label="Derived-risk paths">
      {paths.map((path) => (
        <li key={`${path.topic}:${path.steps.map((s) => s.id).join('>')}`}>
          <Badge tone="danger">{TOPIC_WORDS[path.topic] ?? path.topic}</Badge> {path.explanation}{' '}
          <Link href={`/entities/${encodeURIComponent(path.listed.id)}`}>View {path.listed.caption}</Link>
        </li>
      ))}
    </ol>
  )
}
