/** `vigil export <dataset> --format ftm`: a dataset's live version as FtM JSON lines. */
import { createWriteStream } from 'node:fs'
import type { Writable } from 'node:stream'
import type { Command } from 'commander'
import { AppError } from '../../errors.js'
import { configFrom, withStore, type GlobalOptions } from '../context.js'

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('Write the live version of a dataset as FollowTheMoney JSON lines')
    .argument('<dataset>', 'dataset name, e.g. cers or us_ofac_sdn')
    .option('--format <format>', 'output format (ftm)', 'ftm')
    .option('--out <file>', 'write to a file instead of standard output')
    .addHelpText('after', '\nExamples:\n  vigil export cers --format ftm > cers.ftm.json\n  vigil export us_ofac_sdn --out sdn.ftm.json')
    .action(async (dataset: string, options: { format: string; out?: string }, command: Command) => {
      if (options.format !== 'ftm') throw new AppError('bad_input', `Unknown export format '${options.format}'. Use --format ftm.`)
      const config = configFrom(command.optsWithGlobals<GlobalOptions>())
      await withStore(config, async (store) => {
        const known = await store.listDatasets()
        if (!known.some((d) => d.dataset === dataset)) {
          throw new AppError('unknown_dataset', `No dataset '${dataset}'. Known: ${known.map((d) => d.dataset).join(', ') || 'none'}.`)
        }
        const out: Writable = options.out ? createWriteStream(options.out) : process.stdout
        for await (const { entity } of store.iterateEntities(dataset)) {
          if (!out.write(`${JSON.stringify(entity)}\n`)) await new Promise((r) => out.once('drain', r))
        }
        if (options.out) await new Promise<void>((r, j) => out.end((err?: Error | null) => (err ? j(err) : r())))
      })
    })
}
