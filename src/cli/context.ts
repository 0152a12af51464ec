/** What every command needs: the config from flags and environment, and an open store. */
import { userInfo } from 'node:os'
import { loadConfig, type Config } from '../config.js'
import { cliPrincipal, type Principal } from '../review/principal.js'
import { openStore } from '../store/open-store.js'
import type { Store } from '../store/store.js'

export interface GlobalOptions {
  home?: string
  databaseUrl?: string
}

export function configFrom(options: GlobalOptions): Config {
  return loadConfig({ home: options.home, databaseUrl: options.databaseUrl })
}

/** Run `work` with an open store, closing it afterwards whatever happens. */
export async function withStore<T>(config: Config, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(config)
  try {
    return await work(store)
  } finally {
    await store.close()
  }
}

/** The operator at this terminal, for audit records: `cli:OS-USER`. */
export function operator(): Principal {
  let name = 'unknown'
  try {
    name = userInfo().username
  } catch {
    // A uid with no passwd entry (some containers) has no name; the records still say it was the CLI.
  }
  return cliPrincipal(name)
}
