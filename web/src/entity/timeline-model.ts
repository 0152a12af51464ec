/**
 * The entity's dated events, oldest first: its own dates (incorporation, birth…), the Events it
 * was involved in, its sanctions, and the start and end of its posts and other links.
 */
import { isNested, type NestedEntity, texts } from './types'

export interface TimelineItem {
  date: string
  kind: string
  text: string
  detail?: string
  /** The entity to open for more. */
  link?: { id: string; caption: string }
}

const OWN_DATES: Record<string, string> = {
  incorporationDate: 'Incorporated',
  dissolutionDate: 'Dissolved',
  birthDate: 'Born',
  deathDate: 'Died',
}

// What each date of a nested entity means, by its schema; other links get the generic words.
const NESTED_DATES: Record<string, Record<string, string>> = {
  Event: { date: 'Event', startDate: 'Event began', endDate: 'Event ended' },
  Sanction: { startDate: 'Sanction imposed', listingDate: 'Listed', endDate: 'Sanction ended' },
  Occupancy: { startDate: 'Took up post', endDate: 'Left post' },
}
const LINK_DATES: Record<string, string> = { startDate: 'Link began', endDate: 'Link ended', date: 'Dated link' }

/** A link's words: its far end's caption (a post, an owner) rather than the link's own id. */
function describe(value: NestedEntity, self: NestedEntity): { text: string; link?: TimelineItem['link'] } {
  if (value.schema === 'Sanction') return { text: [...texts(value, 'program'), ...texts(value, 'authority')].join(' — ') || value.caption }
  const far = Object.values(value.properties)
    .flat()
    .filter(isNested)
    .find((n) => n.id !== self.id)
  if (value.schema !== 'Event' && far) return { text: far.caption, link: { id: far.id, caption: far.caption } }
  return { text: value.caption, link: value.schema === 'Event' ? undefined : { id: value.id, caption: value.caption } }
}

export function timelineOf(entity: NestedEntity): TimelineItem[] {
  const items: TimelineItem[] = []
  for (const [prop, kind] of Object.entries(OWN_DATES)) for (const date of texts(entity, prop)) items.push({ date, kind, text: entity.caption })
  const seen = new Set<string>()
  for (const value of Object.values(entity.properties).flat().filter(isNested)) {
    if (seen.has(value.id) || value.schema === 'Address') continue
    seen.add(value.id)
    const words = NESTED_DATES[value.schema] ?? LINK_DATES
    const { text, link } = describe(value, entity)
    const detail = [...texts(value, 'summary'), ...texts(value, 'description')][0]
    for (const [prop, kind] of Object.entries(words)) for (const date of texts(value, prop)) items.push({ date, kind, text, detail, link })
  }
  // ISO dates of any precision sort as text: "1971" before "1971-05" before "1972".
  return items.sort((a, b) => a.date.localeCompare(b.date))
}
