import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'tests/**/*.test.ts', 'functions/**/*.test.ts'],
    setupFiles: ['tests/setup/lambda-streaming.ts'],
    globalSetup: ['tests/setup/local-stack.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    execArgv: ['--openssl-legacy-provider'],
  },
})
