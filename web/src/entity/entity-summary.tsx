/** The entity at a glance: kind, datasets, topics, ids, when it was seen; a notice when the id asked for was merged. */
import { Badge, ScriptText } from '../components/text'
import { DatasetBadges, TopicBadges } from './topic-badges'
import { type Entity, texts } from './types'

const day = (iso?: string) => iso?.slice(0, 10) ?? '—'

export function EntitySummary({ entity, askedFor }: { entity: Entity; askedFor: string }) {
  const summary = [...texts(entity, 'summary'), ...texts(entity, 'description')][0]
  return (
    <section className="panel entity-summary" aria-label="Summary">
      {askedFor !== entity.id && (
        <p className="notice" role="status">
          <code>{askedFor}</code> was merged into this entity; its canonical id is <code>{entity.id}</code>.
        </p>
      )}
      <p className="badges">
        <Badge tone="info">{entity.schema}</Badge>
        {entity.target && <Badge tone="danger">listed (target)</Badge>}
        <TopicBadges topics={texts(entity, 'topics')} paths={entity.paths} />
        <DatasetBadges datasets={entity.datasets} />
      </p>
      {summary && (
        <p>
          <ScriptText>{summary}</ScriptText>
        </p>
      )}
      <dl className="facts">
        <dt>Id</dt>
        <dd>
          <code>{entity.id}</code>
        </dd>
        {entity.referents.length > 0 && (
          <>
            <dt>Merged ids</dt>
            <dd>{entity.referents.join(', ')}</dd>
          </>
        )}
        <dt>First seen</dt>
        <dd>
          <time dateTime={entity.first_seen}>{day(entity.first_seen)}</time>
        </dd>
        <dt>Last seen</dt>
        <dd>
          <time dateTime={entity.last_seen}>{day(entity.last_seen)}</time>
        </dd>
      </dl>
    </section>
  )
}
