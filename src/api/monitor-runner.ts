/**
 * Monitoring on the server: when a new data version is swapped in, each monitored book is
 * re-screened, but only the subjects the change can affect (screening/affected-subjects.ts, run in
 * the data-version workers); new hits open alerts with trigger `dataset_updated`. One node claims
 * each monitor's run per data version, so a cluster re-screens once. Subjects added are screened at
 * once (`subject_added`).
 */
import type { Logger } from '../log.js'
import { enqueueEvent } from '../review/events.js'
import {
  claimRun,
  datasetVersionsOf,
  finishRun,
  lastRunVersion,
  listMonitors,
  subjectsPage,
  type MonitoredSubject,
  type MonitorView,
} from '../review/monitors.js'
import { SYSTEM, type Principal } from '../review/principal.js'
import type { ScreeningTrigger } from '../review/record-screening.js'
import { reviewThresholdFor } from '../review/review-threshold.js'
import { getAlgorithm } from '../scoring/algorithms.js'
import type { Store } from '../store/store.js'
import { checkScope } from './dataset-scope.js'
import type { LiveIndex } from './live-index.js'
import type { MatchTask, Task } from './data-version/protocol.js'
import { recordAnswers, type MatchAnswer } from './record-responses.js'
import { matchQuerystring } from './schemas/match.js'

// Subjects per `affected` task: the changed entities are found once per worker, then each chunk
// costs one probe per subject; chunks keep one large book from holding a worker for long.
const PROBE_CHUNK = 500
// Subjects per screening task, as /match chunks its queries.
const SCREEN_CHUNK = 10

export interface ScreenedBook {
  screened: number
  alerts: number[]
  dataVersion: string
}

export class MonitorRunner {
  private queue: Promise<void> = Promise.resolve()

  constructor(
    private readonly store: Store,
    private readonly live: LiveIndex,
    private readonly logger: Logger,
  ) {}

  /** Re-screen after every swap, one data version after the other. */
  attach(): void {
    this.live.onSwap((summary) => {
      this.queue = this.queue.then(() => this.rescreenAll(summary.version)).catch((err: unknown) => this.logger.error({ err }, 'monitoring re-screen failed'))
    })
  }

  /** Resolves once the re-screens asked for so far are done (tests, shutdown). */
  idle(): Promise<void> {
    return this.queue
  }

  private async rescreenAll(version: string): Promise<void> {
    for (const monitor of (await listMonitors(this.store.records)).monitors) await this.rescreen(monitor, version)
  }

  private async rescreen(monitor: MonitorView, version: string): Promise<void> {
    const records = this.store.records
    const previous = await lastRunVersion(records, monitor.id)
    if (previous === undefined || previous === version) return
    if (!(await claimRun(records, monitor.id, version))) return
    let after: string | null = null
    let subjects = 0
    const affected: MonitoredSubject[] = []
    for (;;) {
      const page = await subjectsPage(records, monitor.id, after, PROBE_CHUNK)
      if (page.length === 0) break
      subjects += page.length
      after = page.at(-1)!.client_id
      const task: Task = {
        kind: 'affected',
        previous: datasetVersionsOf(previous),
        subjects: page.map((s) => ({ key: s.client_id, query: { schema: s.subject.schema, properties: s.subject.properties } })),
      }
      const [answer] = await this.live.run([task])
      const keys = new Set(JSON.parse(answer && 'json' in answer ? answer.json : '[]') as string[])
      affected.push(...page.filter((s) => keys.has(s.client_id)))
    }
    const result = await screenBook(this.live, this.store, SYSTEM, monitor, affected, 'dataset_updated')
    await finishRun(records, { monitorId: monitor.id, dataVersion: version, previous, subjects, screened: affected.length, alerts: result.alerts }, (db) =>
      enqueueEvent(db, 'monitor.rescreened', {
        monitor: { id: monitor.id, name: monitor.name },
        data_version: version,
        previous,
        subjects,
        screened: affected.length,
        alerts: result.alerts,
      }),
    )
    this.logger.info({ monitor: monitor.id, version, subjects, screened: affected.length, alerts: result.alerts.length }, 'monitor re-screened')
  }
}

/** Screen and record subjects of a monitor on the serving data version. */
export async function screenBook(
  live: LiveIndex,
  store: Store,
  by: Principal,
  monitor: MonitorView,
  subjects: MonitoredSubject[],
  trigger: ScreeningTrigger,
): Promise<ScreenedBook> {
  const served = live.serving()
  if (subjects.length === 0) return { screened: 0, alerts: [], dataVersion: served.version }
  const algorithm = getAlgorithm(monitor.algorithm)
  const threshold = monitor.threshold ?? algorithm.threshold
  const reviewThreshold = reviewThresholdFor(threshold)
  const scope = checkScope(served.datasets, monitor.dataset)
  const params = matchQuerystring.parse({ algorithm: algorithm.name, threshold, cutoff: reviewThreshold })
  const tasks: MatchTask[] = []
  for (let at = 0; at < subjects.length; at += SCREEN_CHUNK) {
    const chunk = subjects.slice(at, at + SCREEN_CHUNK)
    tasks.push({
      kind: 'match',
      scope,
      params,
      examples: chunk.map((s) => [s.client_id, { schema: s.subject.schema, properties: s.subject.properties }, s.client_id]),
    })
  }
  const answers = await live.run(tasks)
  const alerts: number[] = []
  let dataVersion = served.version
  for (const answer of answers) {
    if (!('json' in answer)) continue
    dataVersion = answer.version
    const responses = Object.values(JSON.parse(`{${answer.json}}`) as Record<string, MatchAnswer>)
    const opened = await recordAnswers(store.records, by, responses, {
      dataset: monitor.dataset,
      algorithm: algorithm.name,
      threshold,
      reviewThreshold,
      dataVersion: answer.version,
      source: 'monitor',
      trigger,
      monitorId: monitor.id,
    })
    alerts.push(...opened)
  }
  return { screened: subjects.length, alerts, dataVersion }
}
