/**
 * Tabs as the ARIA pattern: a tablist of tabs, one tabpanel shown, arrow keys (and Home/End) move
 * between tabs and select them. Panels mount on first selection, so a view's libraries and
 * fetches wait until it is opened.
 */
import { type KeyboardEvent, type ReactNode, useRef, useState } from 'react'

export interface TabSpec {
  id: string
  label: string
  render: () => ReactNode
}

export function Tabs({ tabs, label }: { tabs: TabSpec[]; label: string }) {
  const [selected, setSelected] = useState(tabs[0]?.id)
  const [opened, setOpened] = useState(() => new Set(selected ? [selected] : []))
  const refs = useRef<Record<string, HTMLButtonElement | null>>({})
  const select = (id: string) => {
    setSelected(id)
    setOpened((o) => new Set(o).add(id))
  }
  const onKey = (event: KeyboardEvent, index: number) => {
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }
    const target = moves[event.key]
    if (target === undefined) return
    event.preventDefault()
    const next = tabs[(target + tabs.length) % tabs.length]
    if (!next) return
    select(next.id)
    refs.current[next.id]?.focus()
  }
  return (
    <div className="tabs">
      <div role="tablist" aria-label={label}>
        {tabs.map((tab, i) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={tab.id === selected}
            aria-controls={`panel-${tab.id}`}
            tabIndex={tab.id === selected ? 0 : -1}
            ref={(el) => {
              refs.current[tab.id] = el
            }}
            onClick={() => select(tab.id)}
            onKeyDown={(e) => onKey(e, i)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div key={tab.id} role="tabpanel" id={`panel-${tab.id}`} aria-labelledby={`tab-${tab.id}`} hidden={tab.id !== selected}>
          {opened.has(tab.id) && tab.render()}
        </div>
      ))}
    </div>
  )
}
