/**
 * A page's frame: its heading (focused on arrival, so a screen reader announces the new page) and
 * the document title.
 */
import { type ReactNode, useEffect, useRef } from 'react'

export function Page({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    document.title = `${title} · Vigil`
    heading.current?.focus()
  }, [title])
  return (
    <section className="page" aria-labelledby="page-title">
      <header className="page-header">
        <h1 id="page-title" ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {actions}
      </header>
      {children}
    </section>
  )
}
