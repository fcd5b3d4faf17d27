// `npm run synth [outdir] [--stage name] [--region name]`: the CloudFormation templates that
// `sst deploy` would deploy, synthesized offline (handlers bundled) into `cdk.out/` by default.
import path from 'node:path'
import { parseArgs } from 'node:util'
import { synthesize } from './synthesize'

const { values, positionals } = parseArgs({
  options: { stage: { type: 'string' }, region: { type: 'string' } },
  allowPositionals: true,
})
const outdir = path.resolve(positionals[0] ?? 'cdk.out')
const { templates } = await synthesize({
  stage: values.stage ?? process.env.SST_STAGE ?? 'dev',
  region: values.region,
  outdir,
})
console.log(`Wrote ${templates.length} CloudFormation templates to ${outdir}:`)
for (const template of templates) console.log(`  ${path.relative(process.cwd(), template)}`)
