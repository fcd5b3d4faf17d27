// Issue 11: the build pages of the console. A person writes a prompt template, tries it, edits
// it into a second version, adds an MCP server and sees its tools, builds an agent on that
// server's tool, and deletes the prompt.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestMcpServer, type TestMcpServer } from '../support/mcp-server'
import { type ConsoleHarness, openPage, signUp, startConsole, visible } from './support/console'

let h: ConsoleHarness
let mcp: TestMcpServer

beforeAll(async () => {
  mcp = await startTestMcpServer({ requiredHeader: { name: 'X-Api-Key', value: 'sesame' } })
  // The test MCP server listens on 127.0.0.1, a private network.
  h = await startConsole('build', { tools: { allowPrivateNetworks: true } })
  await signUp(h.page, { email: 'builder@example.com', name: 'Grace Hopper' })
}, 90_000)
afterAll(async () => {
  await h?.stop()
  await mcp?.stop()
})

describe('the build pages', () => {
  it('writes a prompt with a variable, renders it, and edits it into version 2', async () => {
    const { page } = h
    await openPage(page, 'Prompts')
    await visible(page.getByText('No prompts yet'))
    await page.getByRole('button', { name: 'New prompt' }).click()
    const form = page.getByRole('dialog', { name: 'New prompt' })
    await form.getByLabel('Name', { exact: true }).fill('Greeting')
    await form.getByLabel('Description').fill('Welcomes a new teammate')
    await form.getByLabel('Template').fill('Hello {{name}}, welcome to the team!')
    // The placeholder becomes a variable row as it is typed.
    await visible(form.getByLabel('Type of name'))
    await h.screenshot('prompt-form')
    await form.getByRole('button', { name: 'Create prompt' }).click()
    await visible(page.getByRole('status').getByText('Created prompt Greeting'))
    const row = page.getByRole('row').filter({ hasText: 'Greeting' })
    await visible(row.getByText('v1'))

    await page.getByRole('button', { name: 'Try Greeting' }).click()
    const detail = page.getByRole('dialog', { name: 'Greeting' })
    await detail.getByLabel('name', { exact: true }).fill('Ada')
    await detail.getByRole('button', { name: 'Render' }).click()
    await visible(detail.getByText('Hello Ada, welcome to the team!', { exact: true }))
    await detail.getByRole('button', { name: 'Close' }).click()

    await page.getByRole('button', { name: 'Edit Greeting' }).click()
    const edit = page.getByRole('dialog', { name: 'Edit Greeting' })
    await edit.getByLabel('Template').fill('Hi {{name}}, glad you are here.')
    await edit.getByRole('button', { name: 'Save as version 2' }).click()
    await visible(row.getByText('v2'))
    await page.getByRole('button', { name: 'Try Greeting' }).click()
    await visible(detail.getByText('Version 2', { exact: true }))
    await visible(detail.getByText('Version 1', { exact: true }))
    await visible(detail.getByRole('button', { name: 'Roll back to version 1' }))
    await h.screenshot('prompt-detail')
    await detail.getByRole('button', { name: 'Close' }).click()
    await h.screenshot('prompts')
    await page.setViewportSize({ width: 390, height: 844 })
    await h.screenshot('prompts-phone')
    await page.setViewportSize({ width: 1280, height: 860 })
  })

  it('adds the MCP server with its secret header and lists its tools', async () => {
    const { page } = h
    await openPage(page, 'Tool servers')
    await visible(page.getByText('No tool servers yet'))
    await page.getByRole('button', { name: 'Add server' }).click()
    const form = page.getByRole('dialog', { name: 'Add a tool server' })
    await form.getByLabel('Name', { exact: true }).fill('Test tools')
    await form.getByLabel('URL').fill(mcp.url)
    await form.getByLabel('Header name').fill('X-Api-Key')
    await form.getByLabel('Header value').fill('sesame')
    await h.screenshot('tool-server-form')
    await form.getByRole('button', { name: 'Add server' }).click()
    await visible(page.getByRole('status').getByText('Added Test tools with 4 tools'))
    const card = page.getByRole('article', { name: 'Test tools' })
    await visible(card.getByText('Healthy'))
    expect(await card.textContent()).not.toContain('sesame')

    await card.getByRole('button', { name: 'Show tools of Test tools' }).click()
    const tools = card.getByRole('list', { name: 'Tools of Test tools' })
    await visible(tools.getByText('The current weather in a city'))
    await visible(tools.getByText('city: string*'))
    await card.getByRole('button', { name: 'Check Test tools' }).click()
    await visible(page.getByRole('status').getByText(/Test tools is healthy/))
    await h.screenshot('tool-servers')
    await page.setViewportSize({ width: 390, height: 844 })
    await h.screenshot('tool-servers-phone')
    await page.setViewportSize({ width: 1280, height: 860 })
  })

  it('builds an agent that uses the server’s weather tool', async () => {
    const { page } = h
    await openPage(page, 'Agents')
    await visible(page.getByText('No agents yet'))
    await page.getByRole('button', { name: 'New agent' }).click()
    const form = page.getByRole('dialog', { name: 'New agent' })
    await form.getByLabel('Name', { exact: true }).fill('Forecaster')
    await form.getByLabel('Description').fill('Answers questions about the weather in a city')
    await form.getByLabel('Instructions').fill('Look the weather up before you answer.')
    // The server's tools are offered by the names models call them.
    const weather = form.getByRole('checkbox', { name: /weather The current weather/ })
    await weather.check()
    await form.getByRole('checkbox', { name: /Search the workspace/ }).check()
    await form.getByLabel('Only documents tagged').fill('climate')
    await h.screenshot('agent-form')
    await form.getByRole('button', { name: 'Create agent' }).click()
    await visible(page.getByRole('status').getByText('Created agent Forecaster'))
    const card = page.getByRole('article', { name: 'Forecaster' })
    await visible(card.getByText(/weather/))
    await visible(card.getByText('Retrieval on'))
    await visible(card.getByText('conversations'))
    await h.screenshot('agents')
  })

  it('deletes the prompt after asking, and says what went', async () => {
    const { page } = h
    await openPage(page, 'Prompts')
    await page
      .getByRole('row')
      .filter({ hasText: 'Greeting' })
      .getByRole('button', { name: 'Delete' })
      .click()
    await page
      .getByRole('dialog', { name: 'Delete Greeting?' })
      .getByRole('button', { name: 'Delete' })
      .click()
    await visible(page.getByRole('status').getByText('Deleted prompt Greeting (2 versions)'))
    await visible(page.getByText('No prompts yet'))
    expect(h.pageErrors).toEqual([])
  })
})
