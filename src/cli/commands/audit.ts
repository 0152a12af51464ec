/** `vigil audit verify` and `vigil audit export`: the tamper-evident record of who did what. */
import { createWriteStream } from 'node:fs'
import { once } from 'node:events'
import type { Command } from 'commander'
import { exportAudit, verifyChain } from '../../review/audit-log.js'
import { configFrom, withStore, type GlobalOptions } from '../context.js'
import { print } from '../output.js'

export function registerAudit(program: Command): void {
  const audit = program.command('audit').description('The audit log: one hash-chained record per screening, decision, user, key, import and rollback')
  audit
    .command('verify')
    .description('Walk the hash chain; exit 1 naming the first record that does not verify')
    .addHelpText('after', '\nExamples:\n  vigil audit verify\n  VIGIL_DATABASE_URL=postgres://vigil@db/vigil vigil audit verify')
    .action(async (_flags: unknown, command: Command) => {
      const config = configFrom(command.optsWithGlobals<GlobalOptions>())
      const result = await withStore(config, (store) => verifyChain(store.records))
      if (result.ok) {
        print(`The audit chain verifies: ${result.records} records, last hash ${result.head}.`)
        return
      }
      process.stderr.write(
        `vigil: the audit chain does not verify at record ${result.seq}: ${result.problem}.${result.records > 0 ? ` Records 1–${result.records} verify.` : ''}\n`,
      )
      process.exitCode = 1
    })
  audit
    .command('export')
    .description('Write the records of a period as JSON lines, oldest first')
    .option('--from <date>', 'first day or UTC time included, e.g. 2026-01-01')
    .option('--to <date>', 'last day included, or a UTC time excluded')
    .option('--out <file>', 'write here instead of standard output')
    .addHelpText('after', '\nExamples:\n  vigil audit export --from 2026-01-01 --to 2026-12-31 --out audit-2026.jsonl')
    .action(async (flags: { from?: string; to?: string; out?: string }, command: Command) => {
      const config = configFrom(command.optsWithGlobals<GlobalOptions>())
      const out = flags.out ? createWriteStream(flags.out) : process.stdout
      let count = 0
      await withStore(config, async (store) => {
        for await (const record of exportAudit(store.records, { from: flags.from, to: flags.to })) {
          if (!out.write(`${JSON.stringify(record)}\n`)) await once(out, 'drain')
          count++
        }
      })
      if (flags.out) {
        out.end()
        await once(out, 'finish')
        print(`Wrote ${count} audit records to ${flags.out}.`)
      }
    })
}
