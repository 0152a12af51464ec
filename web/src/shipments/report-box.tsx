/** The report text in a <pre>, with a button that copies it. */
import { useRef, useState } from 'react'
import { copyText } from './copy-text'

export function ReportBox({ text }: { text: string }) {
  const pre = useRef<HTMLPreElement>(null)
  const [message, setMessage] = useState('')
  return (
    <section aria-labelledby="report-title">
      <div className="row">
        <h2 id="report-title">Report</h2>
        <button
          type="button"
          onClick={async () => {
            const how = await copyText(text, pre.current)
            setMessage(how === 'copied' ? 'Report copied to the clipboard.' : 'The report is selected: press Ctrl+C to copy it.')
          }}
        >
          Copy report
        </button>
        <span role="status" className="muted">
          {message}
        </span>
      </div>
      <pre ref={pre} className="report" dir="auto">
        {text}
      </pre>
    </section>
  )
}
