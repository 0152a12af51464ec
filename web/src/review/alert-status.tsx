/** An alert's status (and, once closed, its resolution) as a coloured badge with words. */
import { Badge } from '../components/text'
import { decisionLabel, statusLabel } from './format'

const TONES = { open: 'info', escalated: 'warning', pending_review: 'warning', closed: 'ok' } as const

export function AlertStatus({ status, resolution }: { status: string; resolution?: string | null }) {
  const tone = TONES[status as keyof typeof TONES] ?? 'neutral'
  const words = status === 'closed' && resolution ? `${statusLabel(status)}: ${decisionLabel(resolution)}` : statusLabel(status)
  return <Badge tone={status === 'closed' && resolution === 'true_match' ? 'danger' : tone}>{words}</Badge>
}
