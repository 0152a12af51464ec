/** The Timeline tab: the entity's dated events in order, each date in a <time>. */
import { Link } from 'wouter'
import { Badge, ScriptText } from '../components/text'
import { timelineOf } from './timeline-model'
import type { Entity } from './types'

export function TimelineView({ entity }: { entity: Entity }) {
  const items = timelineOf(entity)
  if (items.length === 0) return <p className="muted">No dated event, sanction or post is recorded for {entity.caption}.</p>
  return (
    <ol className="timeline" aria-label={`Timeline of ${entity.caption}`}>
      {items.map((item, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the list is derived and sorted once; the same date and text can repeat
        <li key={i}>
          <time dateTime={item.date}>{item.date}</time>
          <div>
            <Badge tone={item.kind.startsWith('Sanction') || item.kind === 'Listed' ? 'danger' : 'neutral'}>{item.kind}</Badge>{' '}
            {item.link ? (
              <Link href={`/entities/${encodeURIComponent(item.link.id)}`}>
                <ScriptText>{item.text}</ScriptText>
              </Link>
            ) : (
              <ScriptText>{item.text}</ScriptText>
            )}
            {item.detail && (
              <p className="muted timeline-detail">
                <ScriptText>{item.detail}</ScriptText>
              </p>
            )}
          </div>
        </li>
      ))}
    </ol>
  )
}
