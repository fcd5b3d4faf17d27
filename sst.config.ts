import type { SSTConfig } from 'sst'
import { Accounts } from './infra/accounts'
import { Api } from './infra/api'
import { Ingestion } from './infra/ingestion'
import { Queues } from './infra/queues'
import { Reports } from './infra/reports'
import { Storage } from './infra/storage'
import { Webhooks } from './infra/webhooks'
import { Workflows } from './infra/workflows'

export default {
  config(input) {
    return { name: 'chatter', region: input.region ?? 'us-east-1' }
  },
  // A method (not an arrow property): SST strips it when it only needs the config above.
  stacks(app) {
    app.setDefaultFunctionProps({
      runtime: 'nodejs22.x',
      architecture: 'arm_64',
      // Source maps stay out of the bundle (SST keeps them for its console), and code splitting
      // turns dynamic imports (Pinecone, SSM) into chunks loaded on first use: smaller cold starts.
      nodejs: { format: 'esm', minify: true, splitting: true },
    })
    app
      .stack(Storage)
      .stack(Queues)
      .stack(Workflows)
      .stack(Ingestion)
      .stack(Accounts)
      .stack(Api)
      .stack(Reports)
      .stack(Webhooks)
  },
} satisfies SSTConfig
