/**
 * Focus for repeatable rows, so keyboard users never lose their place: a new row's first field takes
 * focus; removing a row moves focus to the row that took its place, or to the add button.
 */
import { useEffect, useRef } from 'react'

export function useRowFocus() {
  const fields = useRef(new Map<number, HTMLElement>())
  const addButton = useRef<HTMLButtonElement>(null)
  // Focus waits for the render that creates (or drops) the row, hence a target kept across renders.
  const pending = useRef<number | 'add' | null>(null)
  useEffect(() => {
    const target = pending.current
    if (target === null) return
    pending.current = null
    const element = target === 'add' ? addButton.current : fields.current.get(target)
    element?.focus()
  })
  return {
    addButton,
    /** The ref for a row's first field. */
    firstField: (key: number) => (element: HTMLElement | null) => {
      if (element) fields.current.set(key, element)
      else fields.current.delete(key)
    },
    focusRow: (key: number) => {
      pending.current = key
    },
    /** After removing the row at `index` of `keys` (the keys before removal). */
    focusAfterRemoving: (keys: number[], index: number) => {
      pending.current = keys[index + 1] ?? keys[index - 1] ?? 'add'
    },
  }
}
