import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { parseJavaMajor, requireJava } from './java'

describe('parseJavaMajor', () => {
  it('reads modern and legacy version strings', () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15')).toBe(17)
    expect(parseJavaMajor('openjdk version "21" 2023-09-19')).toBe(21)
    expect(parseJavaMajor('java version "1.8.0_381"')).toBe(8)
  })

  it('gives up on output that is not a Java version', () => {
    expect(parseJavaMajor('bash: java: command not found')).toBeUndefined()
  })
})

describe('requireJava', () => {
  let bin: string
  beforeEach(async () => {
    bin = await mkdtemp(join(tmpdir(), 'chatter-java-'))
    vi.stubEnv('PATH', bin)
  })
  afterEach(async () => {
    vi.unstubAllEnvs()
    await rm(bin, { recursive: true, force: true })
  })

  it('says plainly that Java is missing and how to install it', async () => {
    const failure = requireJava()
    await expect(failure).rejects.toThrow(/Java was not found/)
    await expect(failure).rejects.toThrow(/sudo apt-get install -y openjdk-17-jre-headless/)
    await expect(failure).rejects.toThrow(/brew install openjdk@17/)
  })

  it('refuses a Java older than 17', async () => {
    const java = join(bin, 'java')
    await writeFile(java, `#!/bin/sh\necho 'java version "1.8.0_381"' >&2\n`)
    await chmod(java, 0o755)
    await expect(requireJava()).rejects.toThrow(/needs Java 17\+, but found Java 8/)
  })
})
