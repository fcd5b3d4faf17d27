import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Aws } from 'aws-cdk-lib/core'
import type { CloudAssembly } from 'aws-cdk-lib/cx-api'
import { App } from 'sst/constructs'
import { initProject, useProject } from 'sst/project.js'
import sstConfig from '../sst.config'

/** The repository root, where sst.config.ts and the handler paths in `functions` are rooted. */
export const projectRoot = fileURLToPath(new URL('..', import.meta.url))

export interface SynthesizeOptions {
  stage: string
  region?: string
  /** Where CDK writes the cloud assembly (templates, manifest, bundled assets). */
  outdir?: string
}

export interface Synthesized {
  app: App
  assembly: CloudAssembly
  /** Absolute paths of the CloudFormation templates, one per stack. */
  templates: string[]
}

/**
 * Builds the app exactly as `sst deploy` does (same config, same stacks, handlers bundled by
 * esbuild) but with no network and no AWS credentials: the account stays `AWS::AccountId`.
 */
export async function synthesize({
  stage,
  region,
  outdir,
}: SynthesizeOptions): Promise<Synthesized> {
  // Outside tests SST's finish() looks up its bootstrap stack in the account.
  process.env.NODE_ENV = 'test'
  process.env.SST_TELEMETRY_DISABLED = '1'
  const cwd = process.cwd()
  // Handler paths are relative to the root, which is where SST's own CLI runs too.
  process.chdir(projectRoot)
  try {
    await initProject({ stage, region, root: projectRoot })
    const { config } = useProject()
    const app = new App(
      {
        mode: 'deploy',
        name: config.name,
        stage: config.stage,
        region: config.region,
        account: Aws.ACCOUNT_ID,
      },
      outdir ? { outdir: path.resolve(cwd, outdir) } : {},
    )
    await sstConfig.stacks(app)
    await app.finish()
    const assembly = app.synth()
    const templates = assembly.stacks.map((stack) =>
      path.join(assembly.directory, stack.templateFile),
    )
    return { app, assembly, templates }
  } finally {
    process.chdir(cwd)
  }
}
