/** `vigil entity <id…>`: entities as GET /entities/{id} serves them, merged across datasets, with nested relations, provenance and derived risk. */
import type { Command } from 'commander'
import { AppError } from '../../errors.js'
import { loadDataVersion } from '../../screening/data-version/data-version.js'
import { presentEntity, readEntity } from '../../screening/entity-view/present-entity.js'
import { configFrom, withStore, type GlobalOptions } from '../context.js'
import { print, printJson } from '../output.js'

export function registerEntity(program: Command): void {
  program
    .command('entity')
    .description('Show one entity as JSON, as GET /entities/{id} does: merged values, datasets, nested relations, derived risk, and the source of every value')
    .argument('<id...>', 'entity id, e.g. ofac-9352 or cers-ssrc (a merged id shows the entity it was merged into); several ids print one JSON line each')
    .option('--flat', 'do not nest related entities (GET /entities/{id}?nested=false)')
    .addHelpText(
      'after',
      "\nExamples:\n  vigil entity cers-ssrc\n  vigil entity ofac-9352 | jq .provenance\n  vigil entity cers-hiast --flat | jq .paths\n  vigil entity cers-ssrc cers-hiast | jq -c '{id, topics: .properties.topics}'",
    )
    .action(async (ids: string[], options: { flat?: boolean }, command: Command) => {
      const config = configFrom(command.optsWithGlobals<GlobalOptions>())
      const shown = await withStore(config, async (store) => {
        // The data version resolves the far side of relations and holds the derived risk, as in the
        // API; the entities are read at its dataset versions, so their ids and risk are those of /match.
        // One data version for all the ids: building it is most of the command's time.
        const data = await loadDataVersion(store)
        const entities = []
        for (const id of ids) {
          const detail = await readEntity(store, data, id)
          if (!detail)
            throw new AppError(
              'not_found',
              `No entity '${id}' in any dataset. Try \`vigil datasets\` to see what is imported, or \`vigil match NAME\` to find an id.`,
            )
          entities.push(presentEntity(detail, data, !options.flat))
        }
        return entities
      })
      if (shown.length === 1) printJson(shown[0])
      else for (const entity of shown) print(JSON.stringify(entity))
    })
}
