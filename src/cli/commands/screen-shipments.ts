/** `vigil screen-shipments FILE`: shipments as JSON lines in, one decision per line out as JSON lines. */
import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import type { Command } from 'commander'
import { AppError } from '../../errors.js'
import { getAlgorithm } from '../../scoring/algorithms.js'
import { loadDataVersion } from '../../screening/data-version/data-version.js'
import { decisionJson } from '../../screening/shipment/decision-json.js'
import { screenShipment } from '../../screening/shipment/screen-shipment.js'
import { asShipment, shipmentSchema } from '../../screening/shipment/shipment-schema.js'
import { configFrom, withStore, type GlobalOptions } from '../context.js'

export function registerScreenShipments(program: Command): void {
  program
    .command('screen-shipments')
    .description('Screen shipments (parties, route, goods, payment) from a JSON lines file: one decision (block, review, clear) with its reasons per line')
    .argument('<file>', 'JSON lines, one shipment per line; - for standard input')
    .option('--algorithm <name>', 'scoring algorithm (default: vigil-v1)')
    .addHelpText(
      'after',
      `
Each line: {"parties":[{"role":"end_user","schema":"Organization","properties":{"name":["…"],"country":["sy"]}}],
            "route":{"origin":"de","transit":["lb"],"destination":"sy"},"goods":[{"description":"…","hsCode":"8419.89"}]}
A line that cannot be read is answered with {"line": n, "error": …} and the exit status is 2.

Example:
  vigil screen-shipments shipments.jsonl | jq -c '{decision, reasons: [.reasons[].code]}'`,
    )
    .action(async (file: string, flags: { algorithm?: string }, command: Command) => {
      const config = configFrom(command.optsWithGlobals<GlobalOptions>())
      const algorithm = getAlgorithm(flags.algorithm)
      const failed = await withStore(config, async (store) => {
        const data = await loadDataVersion(store)
        if (data.datasets.length === 0)
          throw new AppError('not_found', 'No datasets imported. Import some first, e.g. `vigil up` or `vigil import yaml datasets/cers`.')
        let bad = 0
        let line = 0
        for await (const text of createInterface({ input: file === '-' ? process.stdin : createReadStream(file), crlfDelay: Infinity })) {
          line += 1
          if (text.trim() === '') continue
          try {
            const shipment = asShipment(shipmentSchema.parse(JSON.parse(text)))
            process.stdout.write(`${JSON.stringify({ line, ...decisionJson(screenShipment({ shipment, data, algorithm }), data.risk) })}\n`)
          } catch (err) {
            bad += 1
            process.stdout.write(`${JSON.stringify({ line, error: describeError(err) })}\n`)
          }
        }
        return bad
      })
      if (failed > 0) {
        process.stderr.write(`vigil: ${failed} shipment line(s) could not be screened; see their "error" lines.\n`)
        process.exitCode = 2
      }
    })
}

function describeError(err: unknown): { code: string; message: string; field?: string } {
  if (err instanceof AppError) return { code: err.code, message: err.message, field: err.location.field }
  if (err instanceof SyntaxError) return { code: 'bad_input', message: `Not JSON: ${err.message}` }
  const issues = (err as { issues?: Array<{ path: PropertyKey[]; message: string }> }).issues
  const issue = issues?.[0]
  if (issue !== undefined) {
    const field = issue.path.map(String).join('.')
    return { code: 'bad_input', message: `${field}: ${issue.message}`, field }
  }
  throw err
}
