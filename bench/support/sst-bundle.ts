// Bundles a Lambda entry point the way SST 2.49.8 does for this app (sst.config.ts: ESM, minify,
// splitting), so the cold-start figures describe what is deployed. The options mirror
// node_modules/sst/runtime/handlers/node.js: target esnext (not the runtime's version),
// keepNames, `module` before `main`, only sharp and pg-native external (for ESM the AWS SDK v3 is
// bundled, as it must be: Lambda's own copy is not pinned), and its createRequire banner.
import { stat } from 'node:fs/promises'
import { basename, dirname, join, relative, resolve } from 'node:path'
import { build, type Metafile } from 'esbuild'

const root = resolve(import.meta.dirname, '../..')

const sstBanner = [
  `import { createRequire as topLevelCreateRequire } from 'module';`,
  'const require = topLevelCreateRequire(import.meta.url);',
  `import { fileURLToPath as topLevelFileUrlToPath, URL as topLevelURL } from "url"`,
  'const __dirname = topLevelFileUrlToPath(new topLevelURL(".", import.meta.url))',
  '',
].join('\n')

export interface LambdaBundle {
  /** The file Lambda imports (`<name>.mjs`). */
  main: string
  /** The main file and every chunk it imports statically: what a cold start reads and runs. */
  initBytes: number
  /** Every chunk, including those behind dynamic imports (loaded on first use). */
  totalBytes: number
  /** Inputs of the chunks loaded at init, largest first, grouped by package (bytes in output). */
  eagerPackages: [string, number][]
}

/** Bundles `entry` (a path from the repository root, or absolute) into `outdir`. */
export async function bundleLikeSst(entry: string, outdir: string): Promise<LambdaBundle> {
  const result = await build({
    entryPoints: [resolve(root, entry)],
    absWorkingDir: root,
    // Only for the synthetic entries written outside the repository (empty handler, floor).
    nodePaths: [join(root, 'node_modules')],
    platform: 'node',
    bundle: true,
    keepNames: true,
    logLevel: 'silent',
    splitting: true,
    metafile: true,
    outExtension: { '.js': '.mjs' },
    format: 'esm',
    target: 'esnext',
    mainFields: ['module', 'main'],
    banner: { js: sstBanner },
    external: ['sharp', 'pg-native'],
    outdir,
    // SST also writes an external source map; Lambda never reads it at init (no
    // --enable-source-maps), so the bench skips it: a third less work, the same code measured.
    sourcemap: false,
    minify: true,
  })
  const main = join(outdir, `${basename(entry).replace(/\.ts$/, '')}.mjs`)
  await stat(main) // fails loudly if SST's naming assumption ever stops holding
  const outputs = result.metafile.outputs
  const eager = staticallyLoaded(outputs, relative(root, main))
  const code = Object.entries(outputs).filter(([file]) => !file.endsWith('.map'))
  return {
    main,
    initBytes: eager.reduce((sum, file) => sum + outputs[file]!.bytes, 0),
    totalBytes: code.reduce((sum, [, output]) => sum + output.bytes, 0),
    eagerPackages: byPackage(eager.map((file) => outputs[file]!)),
  }
}

/** The output files `main` pulls in through static imports (dynamic ones load on first use). */
function staticallyLoaded(outputs: Metafile['outputs'], main: string): string[] {
  const seen = new Set<string>()
  const pending = [main]
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    const output = outputs[file]
    if (seen.has(file) || !output) continue
    seen.add(file)
    for (const used of output.imports)
      if (used.kind === 'import-statement' && !used.external) pending.push(used.path)
  }
  return [...seen]
}

function byPackage(chunks: Metafile['outputs'][string][]): [string, number][] {
  const sizes = new Map<string, number>()
  for (const chunk of chunks)
    for (const [input, { bytesInOutput }] of Object.entries(chunk.inputs)) {
      const name =
        input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? dirname(input).split('/src')[0]!
      sizes.set(name, (sizes.get(name) ?? 0) + bytesInOutput)
    }
  return [...sizes].sort((a, b) => b[1] - a[1])
}
