/**
 * The inbox's keyboard: j/k (and arrows on a row) move the selection, Enter opens, t/f/e start a
 * decision, ? shows the help. Keys typed into a form field are the user's text, never shortcuts.
 */
import { useEffect } from 'react'
import type { Decision } from './types'

export const DECISION_KEYS: Record<string, Decision> = { t: 'true_match', f: 'false_positive', e: 'escalate' }

interface InboxKeys {
  count: number
  move: (by: number) => void
  open: () => void
  decide?: (decision: Decision) => void
  toggleHelp: () => void
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

export function useInboxKeys({ count, move, open, decide, toggleHelp }: InboxKeys): void {
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return
      const onRow = event.target instanceof HTMLTableRowElement
      const key = event.key
      let handled = true
      if (key === 'j' || (onRow && key === 'ArrowDown')) move(1)
      else if (key === 'k' || (onRow && key === 'ArrowUp')) move(-1)
      else if (key === 'o') open()
      else if (key === '?') toggleHelp()
      else if (decide && key in DECISION_KEYS && count > 0) decide(DECISION_KEYS[key]!)
      else handled = false
      if (handled) event.preventDefault()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [count, move, open, decide, toggleHelp])
}
