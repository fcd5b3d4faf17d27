import { execFile } from 'node:child_process'

const minimumJava = 17

const howToInstall = [
  'Install Java 17 or newer:',
  '  Debian/Ubuntu: sudo apt-get install -y openjdk-17-jre-headless',
  '  macOS:         brew install openjdk@17',
  '  anywhere:      https://adoptium.net',
].join('\n')

/** Reads the major version from `java -version` output ("1.8.0_381" is Java 8, "17.0.15" is 17). */
export function parseJavaMajor(output: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(output)
  if (!match) return undefined
  const major = Number(match[1])
  return major === 1 ? Number(match[2]) : major
}

/**
 * DynamoDB Local is a Java program: fails with a plain, actionable message when `java` is
 * missing or older than 17, instead of the cryptic early exit the jar would give.
 */
export async function requireJava(): Promise<void> {
  const output = await new Promise<string>((resolve, reject) => {
    execFile('java', ['-version'], { timeout: 15_000 }, (error, stdout, stderr) => {
      if (error) reject(error)
      // Java prints its version on stderr.
      else resolve(`${stderr}${stdout}`)
    })
  }).catch((error: NodeJS.ErrnoException) => {
    const reason =
      error.code === 'ENOENT' ? 'Java was not found on the PATH' : `"java -version" failed`
    throw new Error(`DynamoDB Local needs Java ${minimumJava}+, but ${reason}.\n${howToInstall}`)
  })
  const major = parseJavaMajor(output)
  if (major === undefined || major < minimumJava) {
    const found = major === undefined ? 'an unrecognised Java' : `Java ${major}`
    throw new Error(
      `DynamoDB Local needs Java ${minimumJava}+, but found ${found}.\n${howToInstall}`,
    )
  }
}
