/**
 * A batch split into chunks: rows without a query are answered at once, the rest go out in chunks
 * of row numbers, and each chunk's outcomes land at its rows' places, so the results keep the order
 * of the rows however the chunks come back. The local run (worker threads) and the queued one
 * (`vigil worker` processes) split and assemble through this one plan.
 */
import type { RowOutcome, RowTask } from './screen-row.js'

export class BatchPlan {
  /** One per row; holes until their chunk comes back. */
  readonly outcomes: RowOutcome[]
  /** The row numbers of each chunk, in row order. */
  readonly chunks: number[][] = []
  private readonly finished = new Set<number>()
  private answered = 0

  constructor(
    private readonly rows: RowTask[],
    chunkRows: number,
  ) {
    this.outcomes = new Array(rows.length)
    const queued: number[] = []
    rows.forEach((row, i) => {
      if (row.query) queued.push(i)
      else this.answer(i, { hits: [], total: 0, error: row.error ?? 'No query.', warnings: [] })
    })
    for (let i = 0; i < queued.length; i += chunkRows) this.chunks.push(queued.slice(i, i + chunkRows))
  }

  /** Rows answered so far, of `total`. */
  get done(): number {
    return this.answered
  }

  get total(): number {
    return this.rows.length
  }

  get complete(): boolean {
    return this.answered === this.rows.length
  }

  /** The rows of chunk `chunk`, to screen. */
  tasksOf(chunk: number): RowTask[] {
    return this.chunks[chunk]!.map((i) => this.rows[i]!)
  }

  /** Put a chunk's outcomes in place; a chunk that comes back twice (screened again after a retry) counts once. */
  fill(chunk: number, outcomes: RowOutcome[]): boolean {
    const rows = this.chunks[chunk]
    if (!rows || this.finished.has(chunk)) return false
    if (outcomes.length !== rows.length) throw new Error(`Chunk ${chunk} came back with ${outcomes.length} outcomes for its ${rows.length} rows.`)
    this.finished.add(chunk)
    for (const [k, row] of rows.entries()) this.answer(row, outcomes[k]!)
    return true
  }

  private answer(row: number, outcome: RowOutcome): void {
    this.outcomes[row] = outcome
    this.answered++
  }
}
