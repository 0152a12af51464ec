/** `vigil entity <id>`: one entity as GET /entities/{id} serves it, merged across datasets, with nested relations, provenance and derived risk. */
import type { Command } from 'commander'
import { AppError } from '../../errors.js'
import { loadDataVersion } from '../../screening/data-version/data-version.js'
import { presentEntity, readEntity } from '../../screening/entity-view/present-entity.js'
import { configFrom, withStore, type GlobalOptions } from '../context.js'
import { printJson } from '../output.js'

export function registerEntity(program: Command): void {
  program
    .command('entity')
    .description('Show one entity as JSON, as GET /entities/{id} does: merged values, datasets, nested relations, derived risk, and the source of every value')
    .argument('<id>', 'entity id, e.g. ofac-9352 or cers-ssrc (a merged id shows the entity it was merged into)')
    .option('--flat', 'do not nest related entities (GET /entities/{id}?nested=false)')
    .addHelpText('after', '\nExamples:\n  vigil entity cers-ssrc\n  vigil entity ofac-9352 | jq .provenance\n  vigil entity cers-hiast --flat | jq .paths')
    .action(async (id: string, options: { flat?: boolean }, command: Command) => {
      const config = configFrom(command.optsWithGlobals<GlobalOptions>())
      const shown = await withStore(config, async (store) => {
        // The data version resolves the far side of relations and holds the derived risk, as in the
        // API; the entity is read at its dataset versions, so its id and risk are those of /match.
        const data = await loadDataVersion(store)
        const detail = await readEntity(store, data, id)
        if (!detail) throw new AppError('not_found', `No entity '${id}' in any dataset. Try \`vigil datasets\` to see what is imported, or \`vigil match NAME\` to find an id.`)
        return presentEntity(detail, data, !options.flat)
      })
      printJson(shown)
    })
}
