/** `vigil entity <id>`: one entity, merged across datasets, with relations and the provenance of every value. */
import type { Command } from 'commander'
import { AppError } from '../../errors.js'
import { describeEntity } from '../../store/describe-entity.js'
import { configFrom, withStore, type GlobalOptions } from '../context.js'
import { printJson } from '../output.js'

export function registerEntity(program: Command): void {
  program
    .command('entity')
    .description('Show one entity as JSON: merged values, datasets, relations, and the source of every value')
    .argument('<id>', 'entity id, e.g. ofac-9352 or cers-ssrc')
    .addHelpText('after', '\nExamples:\n  vigil entity cers-ssrc\n  vigil entity ofac-9352 | jq .provenance')
    .action(async (id: string, _options: unknown, command: Command) => {
      const config = configFrom(command.optsWithGlobals<GlobalOptions>())
      const detail = await withStore(config, (store) => store.getEntity(id))
      if (!detail) throw new AppError('not_found', `No entity '${id}' in any dataset. Try \`vigil datasets\` to see what is imported.`)
      printJson(describeEntity(detail))
    })
}
