/**
 * An entity's topics as badges. Topics proven only through the network (derived risk, e.g.
 * `sanction.control` for a unit of a listed body) are marked so, since they are not on any list.
 */
import { Badge } from '../components/text'
import type { RiskPath } from './types'

function toneOf(topic: string): 'danger' | 'warning' | 'info' {
  if (topic === 'sanction' || topic.startsWith('crime')) return 'danger'
  if (topic.startsWith('sanction') || topic.startsWith('export') || topic.startsWith('debarment')) return 'warning'
  return 'info'
}

export function TopicBadges({ topics, paths }: { topics: string[]; paths: RiskPath[] }) {
  const derived = new Set(paths.map((p) => p.topic))
  const all = [...new Set([...topics, ...derived])]
  if (all.length === 0) return null
  return (
    <span className="badges">
      {all.map((topic) => (
        <Badge key={topic} tone={toneOf(topic)} title={derived.has(topic) ? 'Derived from the network: see the proof paths' : 'Stated by the list'}>
          {derived.has(topic) ? `${topic} (derived)` : topic}
        </Badge>
      ))}
    </span>
  )
}

export function DatasetBadges({ datasets }: { datasets: string[] }) {
  return (
    <span className="badges">
      {datasets.map((d) => (
        <Badge key={d} tone="neutral" title="Dataset">
          {d}
        </Badge>
      ))}
    </span>
  )
}
