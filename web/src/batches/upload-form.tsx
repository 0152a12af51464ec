/** The upload: a file and the options it is screened with; "Record" only for roles that may record. */
import { useState } from 'react'
import { useCan } from '../auth/session'
import { ErrorBox } from '../components/status'
import { useCatalog } from '../data/queries'
import { type UploadOptions, useUpload } from './queries'
import type { Batch } from './types'
import { ACCEPT } from './upload-type'

// Rows that name no schema: left to the server's guess (Person when a row gives a birth date), or one for all.
const SCHEMAS = ['Person', 'Company', 'Organization', 'LegalEntity', 'Vessel']

export function UploadForm({ onStarted }: { onStarted: (batch: Batch) => void }) {
  const canRecord = useCan('record')
  const catalog = useCatalog()
  const upload = useUpload()
  const [file, setFile] = useState<File | null>(null)
  const [options, setOptions] = useState<Omit<UploadOptions, 'file'>>({ schema: '', dataset: 'default', threshold: '', record: false })
  const change = (part: Partial<typeof options>) => setOptions((o) => ({ ...o, ...part }))
  return (
    <form
      className="panel"
      aria-labelledby="upload-title"
      onSubmit={(e) => {
        e.preventDefault()
        if (file) upload.mutate({ file, ...options, record: canRecord && options.record }, { onSuccess: onStarted })
      }}
    >
      <h2 id="upload-title">Upload a file</h2>
      <div className="stack">
        <label>
          Batch file (CSV, XLSX or JSON lines)
          <input type="file" accept={ACCEPT} required aria-describedby="file-hint" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </label>
        <p id="file-hint" className="muted hint">
          One row per name to screen, with a header row (name, country, birth date…), as <code>vigil screen</code> reads files.
        </p>
        <label>
          Schema of rows that name none
          <select value={options.schema} onChange={(e) => change({ schema: e.target.value })}>
            <option value="">Guess from each row</option>
            {SCHEMAS.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label>
          Dataset
          <select value={options.dataset} onChange={(e) => change({ dataset: e.target.value })}>
            {(catalog.data?.datasets ?? [{ name: 'default', title: 'All datasets' }]).map((d) => (
              <option key={d.name} value={d.name}>
                {d.title} ({d.name})
              </option>
            ))}
          </select>
        </label>
        <label>
          Threshold
          <input
            type="number"
            min={0}
            max={1}
            step={0.01}
            placeholder="algorithm default"
            value={options.threshold}
            onChange={(e) => change({ threshold: e.target.value })}
          />
        </label>
        {canRecord && (
          <label className="inline">
            <input type="checkbox" checked={options.record} onChange={(e) => change({ record: e.target.checked })} />
            Record (hits open alerts)
          </label>
        )}
        <div>
          <button type="submit" className="primary" disabled={!file || upload.isPending}>
            {upload.isPending ? 'Uploading…' : 'Upload and screen'}
          </button>
        </div>
      </div>
      {upload.isError && <ErrorBox error={upload.error} title="The file could not be screened" />}
    </form>
  )
}
