/**
 * Names and values in any script: `dir="auto"` lets the browser set right-to-left for Arabic and
 * Hebrew from the text itself, and `bdi` keeps a right-to-left name from reordering the text around it.
 */
export function ScriptText({ children, className }: { children: string; className?: string }) {
  return (
    <bdi dir="auto" className={className}>
      {children}
    </bdi>
  )
}

export function Badge({ children, tone = 'neutral', title }: { children: string; tone?: 'neutral' | 'danger' | 'warning' | 'ok' | 'info'; title?: string }) {
  return (
    <span className={`badge badge-${tone}`} title={title}>
      {children}
    </span>
  )
}

/** A score in [0, 1] as a bar and a number; the number is what a screen reader reads. */
export function ScoreBar({ score, threshold, label }: { score: number; threshold?: number; label?: string }) {
  const over = threshold !== undefined && score >= threshold
  return (
    <span className="score">
      <meter className={over ? 'score-bar over' : 'score-bar'} min={0} max={1} value={score} aria-label={label ?? 'score'} />
      <span className="score-value">{score.toFixed(2)}</span>
    </span>
  )
}

/** A message from the API, whose commands are written between backticks, with the commands as code. */
export function ApiText({ children }: { children: string }) {
  // Split keeps the text between backticks at odd places; each part is keyed by where it starts.
  let offset = 0
  const parts = children.split(/`([^`]+)`/).map((text, place) => {
    const code = place % 2 === 1
    const at = offset
    offset += text.length + (code ? 2 : 0)
    return { text, code, at }
  })
  return <>{parts.map((p) => (p.code ? <code key={p.at}>{p.text}</code> : p.text))}</>
}
