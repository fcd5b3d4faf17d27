import type { FakeMcpClient } from '@chatter/core/testing'
import { describe, expect, it } from 'vitest'
import { createApp } from './app'
import { indexDocument } from './routes/search-test-kit'
import {
  apiKeyOf,
  bodyOf,
  join,
  profileIn,
  sharedWorkspace,
  signedInUser,
  snapshotStores,
  type TestUser,
} from './test-callers'
import { conversationOf } from './test-conversations'
import { executionAwaitingApproval, reportWithRun } from './test-resources'
import { testDependencies } from './test-support'

/**
 * THE permission matrix: every workspace, invitation, key, audit, profile and conversation route
 * (and /v1/me), called by every kind of caller, each against a fresh world, with the exact status
 * each must get. Workspace A has one person per role; "other" owns workspace B and nothing in A.
 * Keys are the owner's, in A, and act as the owner. Every caller sends `X-Workspace-Id: A`.
 * Conversations are private: `conv` is the owner's, `vconv` the viewer's; every other member
 * (admins too) gets 404 for them, before or after the permission check.
 */
const callers = [
  'anonymous',
  'viewer',
  'member',
  'admin',
  'owner',
  'other',
  'revokedKey',
  'expiredToken',
  'expiredKey',
  'readKey',
  'adminKey',
] as const
type Caller = (typeof callers)[number]

// biome-ignore format: the table is easier to read aligned
const matrix: [route: string, statuses: string][] = [
  //                                               anon view memb admn ownr othr rvkK expT expK rdK  admK
  ['POST   /v1/workspaces',                         '401 201  201  201  201  201  401  401  401  403  403'],
  ['GET    /v1/workspaces',                         '401 200  200  200  200  200  401  401  401  403  403'],
  ['GET    /v1/workspaces/{A}',                     '401 200  200  200  200  404  401  401  401  200  200'],
  ['PATCH  /v1/workspaces/{A}',                     '401 403  403  403  200  404  401  401  401  403  403'],
  ['DELETE /v1/workspaces/{A}',                     '401 403  403  403  200  404  401  401  401  403  403'],
  ['GET    /v1/workspaces/{A}/members',             '401 200  200  200  200  404  401  401  401  200  200'],
  ['PATCH  /v1/workspaces/{A}/members/{target}',    '401 403  403  200  200  404  401  401  401  403  200'],
  ['DELETE /v1/workspaces/{A}/members/{target}',    '401 403  403  204  204  404  401  401  401  403  204'],
  ['POST   /v1/workspaces/{A}/invitations',         '401 403  403  201  201  404  401  401  401  403  201'],
  ['GET    /v1/workspaces/{A}/invitations',         '401 403  403  200  200  404  401  401  401  403  200'],
  ['DELETE /v1/workspaces/{A}/invitations/{inv}',   '401 403  403  204  204  404  401  401  401  403  204'],
  ['GET    /v1/workspaces/{A}/retention',           '401 403  403  200  200  404  401  401  401  403  200'],
  ['PUT    /v1/workspaces/{A}/retention',           '401 403  403  200  200  404  401  401  401  403  200'],
  ['POST   /v1/workspaces/{A}/retention/run',       '401 403  403  202  202  404  401  401  401  403  202'],
  ['GET    /v1/invitations',                        '401 200  200  200  200  200  401  401  401  403  403'],
  ['POST   /v1/invitations/{inv}/accept',           '401 404  404  404  404  404  401  401  401  403  403'],
  ['POST   /v1/invitations/{inv}/decline',          '401 404  404  404  404  404  401  401  401  403  403'],
  ['POST   /v1/api-keys',                           '401 403  403  201  201  404  401  401  401  403  201'],
  ['GET    /v1/api-keys',                           '401 403  403  200  200  404  401  401  401  403  200'],
  ['DELETE /v1/api-keys/{key}',                     '401 403  403  204  204  404  401  401  401  403  204'],
  ['GET    /v1/audit-events',                       '401 403  403  200  200  404  401  401  401  403  200'],
  ['GET    /v1/audit-events/export',                '401 403  403  200  200  404  401  401  401  403  200'],
  ['GET    /v1/me',                                 '401 200  200  200  200  200  401  401  401  200  200'],
  // A user's own, in no workspace: any caller, a key for its creator; a read-only key only reads.
  ['GET    /v1/me/preferences',                     '401 200  200  200  200  200  401  401  401  200  200'],
  ['PATCH  /v1/me/preferences',                     '401 200  200  200  200  200  401  401  401  403  200'],
  ['GET    /v1/me/preferences/versions',            '401 200  200  200  200  200  401  401  401  200  200'],
  ['POST   /v1/profiles',                           '401 403  201  201  201  404  401  401  401  403  201'],
  ['GET    /v1/profiles',                           '401 200  200  200  200  404  401  401  401  200  200'],
  ['GET    /v1/profiles/default',                   '401 200  200  200  200  404  401  401  401  200  200'],
  ['GET    /v1/profiles/{prof}',                    '401 200  200  200  200  404  401  401  401  200  200'],
  ['PATCH  /v1/profiles/{prof}',                    '401 403  200  200  200  404  401  401  401  403  200'],
  ['DELETE /v1/profiles/{spare}',                   '401 403  204  204  204  404  401  401  401  403  204'],
  // The default, while another profile exists: refused for everyone who may write at all.
  ['DELETE /v1/profiles/{prof}',                    '401 403  409  409  409  404  401  401  401  403  409'],
  ['POST   /v1/profiles/{spare}/default',           '401 403  200  200  200  404  401  401  401  403  200'],
  ['POST   /v1/agents',                             '401 403  201  201  201  404  401  401  401  403  201'],
  ['GET    /v1/agents',                             '401 200  200  200  200  404  401  401  401  200  200'],
  ['POST   /v1/agents/route',                       '401 200  200  200  200  404  401  401  401  200  200'],
  ['GET    /v1/agents/{agent}',                     '401 200  200  200  200  404  401  401  401  200  200'],
  ['GET    /v1/agents/{agent}/metrics',             '401 200  200  200  200  404  401  401  401  200  200'],
  ['PATCH  /v1/agents/{agent}',                     '401 403  200  200  200  404  401  401  401  403  200'],
  ['DELETE /v1/agents/{agent}',                     '401 403  200  200  200  404  401  401  401  403  200'],
  ['POST   /v1/prompts',                            '401 403  201  201  201  404  401  401  401  403  201'],
  ['GET    /v1/prompts',                            '401 200  200  200  200  404  401  401  401  200  200'],
  ['GET    /v1/prompts/{prm}',                      '401 200  200  200  200  404  401  401  401  200  200'],
  ['PATCH  /v1/prompts/{prm}',                      '401 403  200  200  200  404  401  401  401  403  200'],
  ['DELETE /v1/prompts/{prm}',                      '401 403  200  200  200  404  401  401  401  403  200'],
  ['GET    /v1/prompts/{prm}/versions',             '401 200  200  200  200  404  401  401  401  200  200'],
  ['GET    /v1/prompts/{prm}/versions/1',           '401 200  200  200  200  404  401  401  401  200  200'],
  ['POST   /v1/prompts/{prm}/rollback',             '401 403  200  200  200  404  401  401  401  403  200'],
  ['POST   /v1/prompts/{prm}/clone',                '401 403  201  201  201  404  401  401  401  403  201'],
  ['POST   /v1/prompts/{prm}/render',               '401 200  200  200  200  404  401  401  401  200  200'],
  ['POST   /v1/conversations',                      '401 403  201  201  201  404  401  401  401  403  201'],
  ['GET    /v1/conversations',                      '401 200  200  200  200  404  401  401  401  200  200'],
  ['GET    /v1/conversations/{conv}',               '401 404  404  404  200  404  401  401  401  200  200'],
  ['PATCH  /v1/conversations/{conv}',               '401 403  404  404  200  404  401  401  401  403  200'],
  ['DELETE /v1/conversations/{conv}',               '401 403  404  404  200  404  401  401  401  403  200'],
  ['GET    /v1/conversations/{conv}/messages',      '401 404  404  404  200  404  401  401  401  200  200'],
  ['GET    /v1/conversations/{conv}/messages/{answer}',          '401 404  404  404  200  404  401  401  401  200  200'],
  ['GET    /v1/conversations/{conv}/messages/{answer}/branches', '401 404  404  404  200  404  401  401  401  200  200'],
  ['PUT    /v1/conversations/{conv}/messages/{answer}/feedback', '401 403  404  404  200  404  401  401  401  403  200'],
  ['POST   /v1/conversations/{conv}/active-branch', '401 403  404  404  200  404  401  401  401  403  200'],
  ['POST   /v1/conversations/{conv}/fork',          '401 403  404  404  201  404  401  401  401  403  201'],
  // The viewer's own (started while a member): readable by them alone, changeable by no one.
  ['GET    /v1/conversations/{vconv}',              '401 200  404  404  404  404  401  401  401  404  404'],
  ['PATCH  /v1/conversations/{vconv}',              '401 403  404  404  404  404  401  401  401  403  404'],
  ['POST   /v1/documents',                          '401 403  201  201  201  404  401  401  401  403  201'],
  ['GET    /v1/documents',                          '401 200  200  200  200  404  401  401  401  200  200'],
  ['GET    /v1/documents/{doc}',                    '401 200  200  200  200  404  401  401  401  200  200'],
  ['GET    /v1/documents/{doc}/preview',            '401 200  200  200  200  404  401  401  401  200  200'],
  ['GET    /v1/documents/{doc}/passages/{doc}:0',   '401 200  200  200  200  404  401  401  401  200  200'],
  ['GET    /v1/documents/{doc}/download',           '401 200  200  200  200  404  401  401  401  200  200'],
  ['PATCH  /v1/documents/{doc}',                    '401 403  200  200  200  404  401  401  401  403  200'],
  ['POST   /v1/documents/{doc}/tags',               '401 403  200  200  200  404  401  401  401  403  200'],
  ['POST   /v1/documents/{doc}/reprocess',          '401 403  202  202  202  404  401  401  401  403  202'],
  ['DELETE /v1/documents/{doc}',                    '401 403  200  200  200  404  401  401  401  403  200'],
  // Another workspace's document is not found, whoever asks from A.
  ['GET    /v1/documents/{bdoc}',                   '401 404  404  404  404  404  401  401  401  404  404'],
  ['GET    /v1/documents/{bdoc}/passages/{bdoc}:0', '401 404  404  404  404  404  401  401  401  404  404'],
  ['DELETE /v1/documents/{bdoc}',                   '401 403  404  404  404  404  401  401  401  403  404'],
  ['GET    /v1/tags',                               '401 200  200  200  200  404  401  401  401  200  200'],
  ['DELETE /v1/tags/manuals',                       '401 403  202  202  202  404  401  401  401  403  202'],
  ['PATCH  /v1/tags/manuals',                       '401 403  202  202  202  404  401  401  401  403  202'],
  ['POST   /v1/document-jobs',                      '401 403  202  202  202  404  401  401  401  403  202'],
  ['GET    /v1/document-jobs',                      '401 200  200  200  200  404  401  401  401  200  200'],
  ['GET    /v1/document-jobs/{job}',                '401 200  200  200  200  404  401  401  401  200  200'],
  // The whole workspace is for those who manage members; one's own conversations for anyone.
  ['POST   /v1/exports',                            '401 403  403  202  202  404  401  401  401  403  202'],
  ['POST   /v1/exports?scope=me',                   '401 202  202  202  202  404  401  401  401  202  202'],
  ['GET    /v1/exports',                            '401 200  200  200  200  404  401  401  401  200  200'],
  // The owner's export: theirs alone (their keys act as them).
  ['GET    /v1/exports/{exp}',                      '401 404  404  404  200  404  401  401  401  200  200'],
  ['POST   /v1/imports',                            '401 403  201  201  201  404  401  401  401  403  201'],
  ['POST   /v1/imports/uploads',                    '401 403  201  201  201  404  401  401  401  403  201'],
  ['GET    /v1/imports',                            '401 200  200  200  200  404  401  401  401  200  200'],
  // The owner's import: theirs alone (their keys act as them).
  ['GET    /v1/imports/{imp}',                      '401 404  404  404  200  404  401  401  401  200  200'],
  ['POST   /v1/imports/{imp}/start',                '401 403  404  404  202  404  401  401  401  403  202'],
  ['POST   /v1/search',                             '401 200  200  200  200  404  401  401  401  200  200'],
  ['GET    /v1/search/history',                     '401 200  200  200  200  404  401  401  401  200  200'],
  ['DELETE /v1/search/history',                     '401 200  200  200  200  404  401  401  401  200  200'],
  ['POST   /v1/tool-servers',                       '401 403  201  201  201  404  401  401  401  403  201'],
  ['GET    /v1/tool-servers',                       '401 200  200  200  200  404  401  401  401  200  200'],
  ['GET    /v1/tool-servers/{tsv}',                 '401 200  200  200  200  404  401  401  401  200  200'],
  ['PATCH  /v1/tool-servers/{tsv}',                 '401 403  200  200  200  404  401  401  401  403  200'],
  ['DELETE /v1/tool-servers/{tsv}',                 '401 403  200  200  200  404  401  401  401  403  200'],
  ['GET    /v1/tool-servers/{tsv}/tools',           '401 200  200  200  200  404  401  401  401  200  200'],
  ['PUT    /v1/tool-servers/{tsv}/tools/add',       '401 403  200  200  200  404  401  401  401  403  200'],
  ['POST   /v1/tool-servers/{tsv}/tools/add/call',  '401 403  200  200  200  404  401  401  401  403  200'],
  ['POST   /v1/tool-servers/{tsv}/check',           '401 403  200  200  200  404  401  401  401  403  200'],
  ['GET    /v1/tool-servers/{tsv}/health',          '401 200  200  200  200  404  401  401  401  200  200'],
  ['GET    /v1/tool-analytics',                     '401 403  403  200  200  404  401  401  401  403  200'],
  ['GET    /v1/analytics/usage',                    '401 403  403  200  200  404  401  401  401  403  200'],
  ['GET    /v1/admin/analytics/usage',              '401 403  403  403  403  403  401  401  401  403  403'],
  // Scheduled reports: seeAnalytics (admins, owners, an admin key) for reading and writing.
  ['POST   /v1/reports',                            '401 403  403  201  201  404  401  401  401  403  201'],
  ['GET    /v1/reports',                            '401 403  403  200  200  404  401  401  401  403  200'],
  ['GET    /v1/reports/{rep}',                      '401 403  403  200  200  404  401  401  401  403  200'],
  ['PATCH  /v1/reports/{rep}',                      '401 403  403  200  200  404  401  401  401  403  200'],
  ['DELETE /v1/reports/{rep}',                      '401 403  403  200  200  404  401  401  401  403  200'],
  ['POST   /v1/reports/{rep}/run',                  '401 403  403  201  201  404  401  401  401  403  201'],
  ['GET    /v1/reports/{rep}/runs',                 '401 403  403  200  200  404  401  401  401  403  200'],
  ['GET    /v1/reports/{rep}/runs/{rrun}/download', '401 403  403  200  200  404  401  401  401  403  200'],
  // Webhooks: manageKeys (admins, owners, an admin key), reading included (URLs carry tokens).
  ['POST   /v1/webhooks',                           '401 403  403  201  201  404  401  401  401  403  201'],
  ['GET    /v1/webhooks',                           '401 403  403  200  200  404  401  401  401  403  200'],
  ['GET    /v1/webhooks/{whk}',                     '401 403  403  200  200  404  401  401  401  403  200'],
  ['PATCH  /v1/webhooks/{whk}',                     '401 403  403  200  200  404  401  401  401  403  200'],
  ['DELETE /v1/webhooks/{whk}',                     '401 403  403  200  200  404  401  401  401  403  200'],
  ['POST   /v1/webhooks/{whk}/rotate-secret',       '401 403  403  200  200  404  401  401  401  403  200'],
  ['POST   /v1/webhooks/{whk}/ping',                '401 403  403  202  202  404  401  401  401  403  202'],
  ['GET    /v1/webhooks/{whk}/deliveries',          '401 403  403  200  200  404  401  401  401  403  200'],
  ['GET    /v1/webhooks/{whk}/deliveries/{whd}',    '401 403  403  200  200  404  401  401  401  403  200'],
  ['POST   /v1/webhooks/{whk}/deliveries/{whd}/redeliver', '401 403  403  202  202  404  401  401  401  403  202'],
  // Workspace B's endpoint is not found, whoever asks from A.
  ['GET    /v1/webhooks/{bwhk}',                    '401 403  403  404  404  404  401  401  401  403  404'],
  ['POST   /v1/workflows',                         '401 403  201  201  201  404  401  401  401  403  201'],
  ['GET    /v1/workflows',                         '401 200  200  200  200  404  401  401  401  200  200'],
  ['GET    /v1/workflows/templates',               '401 200  200  200  200  404  401  401  401  200  200'],
  ['POST   /v1/workflows/validate',                '401 200  200  200  200  404  401  401  401  200  200'],
  ['GET    /v1/workflows/{wfl}',                   '401 200  200  200  200  404  401  401  401  200  200'],
  ['PATCH  /v1/workflows/{wfl}',                   '401 403  200  200  200  404  401  401  401  403  200'],
  ['DELETE /v1/workflows/{wfl}',                   '401 403  200  200  200  404  401  401  401  403  200'],
  ['GET    /v1/workflows/{wfl}/versions',          '401 200  200  200  200  404  401  401  401  200  200'],
  ['GET    /v1/workflows/{wfl}/versions/1',        '401 200  200  200  200  404  401  401  401  200  200'],
  ['POST   /v1/workflows/{wfl}/executions',        '401 403  202  202  202  404  401  401  401  403  202'],
  ['GET    /v1/workflows/{wfl}/executions',        '401 200  200  200  200  404  401  401  401  200  200'],
  ['POST   /v1/workflows/templates/summarize-document/executions', '401 403  202  202  202  404  401  401  401  403  202'],
  ['GET    /v1/workflows/executions',              '401 200  200  200  200  404  401  401  401  200  200'],
  ['GET    /v1/workflows/executions/{wfx}',        '401 200  200  200  200  404  401  401  401  200  200'],
  ['POST   /v1/workflows/executions/{wfx}/cancel', '401 403  200  200  200  404  401  401  401  403  200'],
  ['POST   /v1/workflows/executions/{wfx}/approve', '401 403  200  200  200  404  401  401  401  403  200'],
  ['POST   /v1/experiments',                       '401 403  201  201  201  404  401  401  401  403  201'],
  ['GET    /v1/experiments',                       '401 200  200  200  200  404  401  401  401  200  200'],
  ['GET    /v1/experiments/{xpr}',                 '401 200  200  200  200  404  401  401  401  200  200'],
  ['PATCH  /v1/experiments/{xpr}',                 '401 403  200  200  200  404  401  401  401  403  200'],
  ['DELETE /v1/experiments/{xpr}',                 '401 403  200  200  200  404  401  401  401  403  200'],
  ['POST   /v1/experiments/{xpr}/start',           '401 403  200  200  200  404  401  401  401  403  200'],
  ['POST   /v1/experiments/{xrun}/pause',          '401 403  200  200  200  404  401  401  401  403  200'],
  ['POST   /v1/experiments/{xpau}/resume',         '401 403  200  200  200  404  401  401  401  403  200'],
  ['POST   /v1/experiments/{xrun}/complete',       '401 403  200  200  200  404  401  401  401  403  200'],
  ['GET    /v1/experiments/{xrun}/assignment',     '401 200  200  200  200  404  401  401  401  200  200'],
  ['POST   /v1/experiments/{xrun}/events',         '401 403  200  200  200  404  401  401  401  403  200'],
  ['GET    /v1/experiments/{xrun}/results',        '401 200  200  200  200  404  401  401  401  200  200'],
  // OpenAI compatible: completing is writing (like sending a message); models and embeddings read.
  ['POST   /v1/chat/completions',                 '401 403  200  200  200  404  401  401  401  403  200'],
  ['GET    /v1/models',                           '401 200  200  200  200  404  401  401  401  200  200'],
  ['GET    /v1/models/{loc}',                     '401 200  200  200  200  404  401  401  401  200  200'],
  ['POST   /v1/embeddings',                       '401 200  200  200  200  404  401  401  401  200  200'],
]

const bodies: Record<string, unknown> = {
  'POST /v1/workspaces': { name: 'New' },
  'PATCH /v1/workspaces/{A}': { name: 'Renamed' },
  'PATCH /v1/workspaces/{A}/members/{target}': { role: 'member' },
  'PUT /v1/workspaces/{A}/retention': { conversationsDays: 30, auditDays: null },
  'POST /v1/workspaces/{A}/invitations': { email: 'new@example.com', role: 'member' },
  'POST /v1/api-keys': { name: 'New key', scopes: ['read'] },
  'PATCH /v1/me/preferences': { language: 'fr-CA', memoryWindow: 20 },
  'POST /v1/profiles': { name: 'New', provider: 'bedrock', modelId: 'amazon.nova-lite-v1:0' },
  'PATCH /v1/profiles/{prof}': { temperature: 0.3 },
  'POST /v1/agents': { name: 'New', description: 'Answers new questions.' },
  'PATCH /v1/agents/{agent}': { name: 'Renamed' },
  'POST /v1/agents/route': { message: 'Where do herons nest?' },
  // Spaces inside the braces, so the path filler leaves the placeholder alone.
  'POST /v1/prompts': { name: 'New', template: 'Hi {{ who }}', variables: [{ name: 'who' }] },
  'PATCH /v1/prompts/{prm}': { name: 'Renamed' },
  'POST /v1/prompts/{prm}/rollback': { version: 1 },
  'POST /v1/prompts/{prm}/clone': {},
  'POST /v1/prompts/{prm}/render': { variables: { topic: 'herons' } },
  'POST /v1/conversations': { title: 'New' },
  'PATCH /v1/conversations/{conv}': { title: 'Renamed' },
  'PATCH /v1/conversations/{vconv}': { archived: true },
  'PUT /v1/conversations/{conv}/messages/{answer}/feedback': { rating: 'up' },
  'POST /v1/conversations/{conv}/active-branch': { messageId: 'msg_question' },
  'POST /v1/conversations/{conv}/fork': { messageId: 'msg_answer' },
  'POST /v1/documents': { filename: 'notes.md', contentType: 'text/markdown', size: 120 },
  'PATCH /v1/documents/{doc}': { tags: ['guides'] },
  'POST /v1/documents/{doc}/tags': { add: ['guides'] },
  'PATCH /v1/tags/manuals': { name: 'guides' },
  'POST /v1/document-jobs': { action: 'tag', documentIds: ['{doc}'], tags: ['guides'] },
  'POST /v1/exports': { scope: 'workspace', format: 'json' },
  'POST /v1/exports?scope=me': { scope: 'me', format: 'csv' },
  'POST /v1/imports': {
    source: 'claude',
    data: [{ name: 'Hi', chat_messages: [{ sender: 'human', text: 'Hello there' }] }],
  },
  'POST /v1/imports/uploads': {
    source: 'chatgpt',
    filename: 'export.zip',
    size: 2048,
    contentType: 'application/zip',
  },
  'POST /v1/search': { query: 'heron' },
  'POST /v1/tool-servers': { name: 'New tools', url: 'https://tools.example/mcp' },
  'PATCH /v1/tool-servers/{tsv}': { name: 'Renamed' },
  'PUT /v1/tool-servers/{tsv}/tools/add': { enabled: false },
  'POST /v1/tool-servers/{tsv}/tools/add/call': { arguments: { a: 1, b: 2 } },
  'POST /v1/workflows': {
    definition: { name: 'New', nodes: [{ id: 'hi', type: 'llm', config: { prompt: 'Hi' } }] },
  },
  'POST /v1/workflows/validate': {
    definition: { name: 'New', nodes: [{ id: 'hi', type: 'llm', config: { prompt: 'Hi' } }] },
  },
  'PATCH /v1/workflows/{wfl}': { name: 'Renamed' },
  'POST /v1/workflows/{wfl}/executions': { input: {} },
  'POST /v1/workflows/templates/summarize-document/executions': { input: { documentId: '{doc}' } },
  'POST /v1/workflows/executions/{wfx}/approve': { comment: 'Fine' },
  'POST /v1/experiments': {
    name: 'New',
    metric: 'feedback',
    variants: [
      { key: 'control', weight: 1 },
      { key: 'fast', weight: 1, overrides: { modelId: 'fast' } },
    ],
  },
  'PATCH /v1/experiments/{xpr}': { name: 'Renamed' },
  'POST /v1/experiments/{xrun}/events': { name: 'signup', value: 1 },
  'POST /v1/reports': {
    name: 'Weekly',
    schedule: { cron: '0 8 * * 1' },
    period: 'week',
    sections: ['summary'],
    format: 'csv',
  },
  'PATCH /v1/reports/{rep}': { name: 'Renamed' },
  'POST /v1/webhooks': { url: 'https://hooks.example.com/new', events: ['document.ready'] },
  'PATCH /v1/webhooks/{whk}': { events: ['*'], enabled: false },
  'POST /v1/reports/{rep}/run': {},
  'POST /v1/chat/completions': { model: '{loc}', messages: [{ role: 'user', content: 'Hi' }] },
  'POST /v1/embeddings': { model: 'default', input: 'heron' },
}

/**
 * Workspace A with a person per role, a target viewer, a pending invitation, the keys, and two
 * profiles (the first, `prof`, is the default; `spare` is not). B has a profile of its own.
 */
async function world() {
  let now = Date.now()
  const deps = testDependencies({ clock: () => new Date(now) })
  // Minted an hour ago with a 15-minute lifetime: expired by the time it is used.
  now -= 3_600_000
  const expired = await signedInUser(deps)
  now += 3_600_000
  const people: Record<string, TestUser> = {}
  for (const name of ['owner', 'admin', 'member', 'viewer', 'target', 'other'])
    people[name] = await signedInUser(deps, { email: `${name}@example.com` })
  const { owner, admin, member, viewer, target, other } = people as Record<string, TestUser>
  if (!owner || !admin || !member || !viewer || !target || !other) throw new Error('cast')
  const a = await sharedWorkspace(deps, owner, 'Team A')
  const b = await sharedWorkspace(deps, other, 'Team B')
  await join(deps, a, admin, 'admin')
  await join(deps, a, member, 'member')
  await join(deps, a, viewer, 'viewer')
  await join(deps, a, target, 'viewer')
  await join(deps, a, expired, 'admin')
  const keys = {
    readKey: await apiKeyOf(deps, owner, a.id, ['read']),
    adminKey: await apiKeyOf(deps, owner, a.id, ['admin']),
    revokedKey: await apiKeyOf(deps, owner, a.id, ['admin'], { revoked: true }),
    expiredKey: await apiKeyOf(deps, owner, a.id, ['admin'], {
      expiresAt: new Date(now - 1000).toISOString(),
    }),
  }
  const invitation = await deps.invitations.create({
    id: 'inv_pending',
    workspaceId: a.id,
    workspaceName: a.name,
    email: 'invitee@example.com',
    role: 'member',
    invitedBy: owner.user.id,
    expiresAt: new Date(now + 86_400_000).toISOString(),
  })
  const prof = await profileIn(deps, a.id, { name: 'Default' })
  const spare = await profileIn(deps, a.id, { name: 'Spare' })
  await profileIn(deps, b.id, { name: 'B profile' })
  // A profile this runtime can answer with (the others name Bedrock), for /v1/chat/completions.
  const loc = await profileIn(deps, a.id, { name: 'Local', provider: 'local', modelId: 'local' })
  const agent = await deps.agents.create({
    id: 'agt_a',
    workspaceId: a.id,
    name: 'Helper',
    description: 'Helps with anything.',
    systemPrompt: '',
    tools: [],
    createdBy: owner.user.id,
  })
  const prompt = await deps.prompts.create({
    id: 'prm_a',
    workspaceId: a.id,
    name: 'Facts',
    template: 'Tell me about {{topic}}.',
    variables: [{ name: 'topic', type: 'string', required: true }],
    tags: [],
    createdBy: owner.user.id,
  })
  // A running execution of the workflow, waiting at an approval.
  const workflow = await executionAwaitingApproval(deps, a.id, owner.user.id, now)
  const addTool = {
    name: 'add',
    description: 'Adds',
    inputSchema: { type: 'object', properties: { a: { type: 'number' }, b: { type: 'number' } } },
  }
  ;(deps.tools.mcp as FakeMcpClient).register('https://tools.example/mcp', [addTool])
  const tsv = await deps.tools.servers.create({
    id: 'tsv_a',
    workspaceId: a.id,
    name: 'Tools',
    url: 'https://tools.example/mcp',
    transport: 'streamable-http',
    headerNames: [],
    disabledTools: [],
    enabled: true,
    health: { status: 'unknown' },
    tools: [addTool],
    createdBy: owner.user.id,
  })
  const fixed = { questionId: 'msg_question', answerId: 'msg_answer' }
  const conv = await conversationOf(deps, owner, a.id, fixed)
  const vconv = await conversationOf(deps, viewer, a.id, { title: 'Viewer notes' })
  await conversationOf(deps, other, b.id, { title: 'B talk', ...fixed })
  const doc = await indexDocument(deps.knowledge, a.id, {
    filename: 'manual.txt',
    texts: ['The blue heron nests by the pond.'],
    tags: ['manuals'],
  })
  const bdoc = await indexDocument(deps.knowledge, b.id, { filename: 'b.txt', texts: ['B text'] })
  const job = await deps.knowledge.jobs.create({
    id: 'job_a',
    workspaceId: a.id,
    action: 'tag',
    documentIds: [doc],
    tags: ['guides'],
    status: 'succeeded',
    progress: { done: 1, failed: 0, total: 1 },
    errors: [],
    createdBy: owner.user.id,
  })
  const exportJob = await deps.exportJobs.create({
    id: 'exp_a',
    workspaceId: a.id,
    scope: 'workspace',
    format: 'json',
    status: 'succeeded',
    progress: { done: 11, total: 11 },
    createdBy: owner.user.id,
    blobKey: `exports/${a.id}/exp_a.zip`,
  })
  const importJob = await deps.importJobs.create({
    id: 'imp_a',
    workspaceId: a.id,
    source: 'chatgpt',
    filename: 'export.zip',
    kind: 'zip',
    size: 2048,
    status: 'queued',
    progress: { done: 0, total: 0 },
    createdBy: owner.user.id,
    blobKey: `imports/${a.id}/imp_a`,
  })
  // A draft on the whole workspace, one running on the spare profile, one paused on the agent.
  const experiment = (id: string, target: { profileId?: string; agentId?: string }) =>
    deps.experiments.create({
      id,
      workspaceId: a.id,
      name: id,
      target,
      variants: [
        { key: 'control', weight: 1, overrides: {} },
        { key: 'fast', weight: 1, overrides: { modelId: 'fast' } },
      ],
      metric: 'feedback',
      status: 'draft',
      createdBy: owner.user.id,
    })
  const xpr = await experiment('xpr_draft', {})
  const xrun = await experiment('xpr_running', { profileId: spare.id })
  await deps.experiments.transition(a.id, xrun.id, 1, { status: 'running', slot: 'claim' })
  const xpau = await experiment('xpr_paused', { agentId: agent.id })
  await deps.experiments.transition(a.id, xpau.id, 1, { status: 'running', slot: 'claim' })
  await deps.experiments.transition(a.id, xpau.id, 2, { status: 'paused', slot: 'release' })
  // A weekly report with one succeeded run and its file.
  const report = await reportWithRun(deps, a.id, owner.user.id, now)
  // A webhook endpoint with one failed delivery in A; another endpoint in B.
  const webhook = (id: string, workspaceId: string, createdBy: string) =>
    deps.webhooks.endpoints.create({
      id,
      workspaceId,
      url: `https://hooks.example.com/${id}`,
      events: ['*'],
      enabled: true,
      encryptedSecret: 'sealed',
      createdBy,
    })
  const whk = await webhook('whk_a', a.id, owner.user.id)
  const bwhk = await webhook('whk_b', b.id, other.user.id)
  const at = new Date(now).toISOString()
  const whd = 'evt_a:whk_a'
  await deps.webhooks.deliveries.put({
    id: whd,
    workspaceId: a.id,
    endpointId: whk.id,
    eventType: 'member.added',
    payload: { id: 'evt_a', type: 'member.added', workspaceId: a.id, occurredAt: at, data: {} },
    status: 'failed',
    attempts: 6,
    tries: 6,
    lastStatusCode: 500,
    createdAt: at,
    updatedAt: at,
  })
  const headers: Record<Caller, Record<string, string>> = {
    anonymous: {},
    viewer: viewer.headers,
    member: member.headers,
    admin: admin.headers,
    owner: owner.headers,
    other: other.headers,
    expiredToken: expired.headers,
    readKey: keys.readKey.headers,
    adminKey: keys.adminKey.headers,
    revokedKey: keys.revokedKey.headers,
    expiredKey: keys.expiredKey.headers,
  }
  const ids = {
    A: a.id,
    B: b.id,
    target: target.user.id,
    inv: invitation.id,
    key: keys.readKey.key.id,
    prof: prof.id,
    spare: spare.id,
    loc: loc.id,
    agent: agent.id,
    prm: prompt.id,
    wfl: workflow.id,
    wfx: 'wfx_a',
    tsv: tsv.id,
    conv: conv.conversation.id,
    vconv: vconv.conversation.id,
    answer: conv.answer.id,
    doc,
    bdoc,
    job: job.id,
    exp: exportJob.id,
    imp: importJob.id,
    xpr: xpr.id,
    xrun: xrun.id,
    xpau: xpau.id,
    rep: report.id,
    rrun: 'rpr_a',
    whk: whk.id,
    bwhk: bwhk.id,
    whd,
  }
  return { deps, app: createApp(deps), headers, ids }
}

type World = Awaited<ReturnType<typeof world>>

const snapshotOfA = (w: World) => snapshotStores(w.deps, w.ids.A)

async function call(w: World, route: string, caller: Caller, body?: unknown) {
  const [method = 'GET', template = ''] = route.split(/\s+/)
  const path = template.replace(/\{(\w+)\}/g, (_, name: keyof World['ids']) => w.ids[name])
  const fill = (text: string) =>
    text.replace(/\{(\w+)\}/g, (_, name: keyof World['ids']) => w.ids[name])
  const given = body ?? bodies[`${method} ${template}`]
  const payload = given === undefined ? undefined : JSON.parse(fill(JSON.stringify(given)))
  return w.app.request(path, {
    method,
    headers: {
      ...w.headers[caller],
      'X-Workspace-Id': w.ids.A,
      ...(payload === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(payload === undefined ? {} : { body: JSON.stringify(payload) }),
  })
}

const cells = matrix.flatMap(([route, statuses]) =>
  statuses
    .trim()
    .split(/\s+/)
    .map((status, i) => ({ route, caller: callers[i] as Caller, status: Number(status) })),
)

describe('the permission matrix', () => {
  it('has a status for every caller on every route', () => {
    for (const [route, statuses] of matrix)
      expect(statuses.trim().split(/\s+/), route).toHaveLength(callers.length)
  })

  it.each(cells)('$route as $caller -> $status', async ({ route, caller, status }) => {
    const w = await world()
    const before = snapshotOfA(w)
    const response = await call(w, route, caller)
    expect(response.status, await response.clone().text()).toBe(status)
    if (status >= 400) {
      expect(response.headers.get('content-type')).toBe('application/problem+json')
      expect(snapshotOfA(w)).toBe(before)
    }
    if (caller === 'other') expect(snapshotOfA(w)).toBe(before)
  })
})

describe('conversations are private to whoever started them', () => {
  it('lists, and finds by title, each member only their own', async () => {
    const w = await world()
    const seen = async (caller: Caller, query = '') => {
      const response = await call(w, `GET /v1/conversations${query}`, caller)
      expect(response.status).toBe(200)
      return (await bodyOf(response)).items.map((c: { id: string }) => c.id)
    }
    for (const query of ['', '?q=lisbon', '?archived=true'])
      for (const caller of ['admin', 'member'] as const)
        expect(await seen(caller, query), `${caller} ${query}`).toEqual([])
    expect(await seen('owner')).toEqual([w.ids.conv])
    expect(await seen('owner', '?q=LISBON')).toEqual([w.ids.conv])
    expect(await seen('viewer')).toEqual([w.ids.vconv])
    expect(await seen('readKey')).toEqual([w.ids.conv])
  })

  it("answers another member's conversation exactly like one that does not exist", async () => {
    const w = await world()
    const answers = await Promise.all(
      [w.ids.conv, 'cnv_doesnotexist'].map(async (id) => {
        const response = await w.app.request(`/v1/conversations/${id}`, {
          headers: { ...w.headers.admin, 'X-Workspace-Id': w.ids.A },
        })
        const { status, code, detail } = await bodyOf(response)
        return { status, code, detail }
      }),
    )
    expect(answers[0]).toEqual(answers[1])
  })
})

describe('no cross-workspace read or write', () => {
  // "other" is the owner of B, with every permission there, aiming at A's ids from B.
  const fromB: [string, unknown?][] = [
    ['PATCH /v1/workspaces/{B}/members/{target}', { role: 'admin' }],
    ['DELETE /v1/workspaces/{B}/members/{target}'],
    ['PATCH /v1/workspaces/{B}/members/{owner}', { role: 'viewer' }],
    ['DELETE /v1/workspaces/{B}/invitations/{inv}'],
    ['DELETE /v1/api-keys/{key}'],
    ['POST /v1/invitations/{inv}/accept'],
    ['GET /v1/profiles/{prof}'],
    ['PATCH /v1/profiles/{prof}', { name: 'Stolen' }],
    ['DELETE /v1/profiles/{spare}'],
    ['POST /v1/profiles/{spare}/default'],
    ['GET /v1/prompts/{prm}'],
    ['PATCH /v1/prompts/{prm}', { name: 'Stolen' }],
    ['DELETE /v1/prompts/{prm}'],
    ['POST /v1/prompts/{prm}/render', { variables: { topic: 'x' } }],
    ['GET /v1/workflows/{wfl}'],
    ['GET /v1/workflows/{wfl}/versions'],
    ['PATCH /v1/workflows/{wfl}', { name: 'Stolen' }],
    ['DELETE /v1/workflows/{wfl}'],
    ['POST /v1/workflows/{wfl}/executions', { input: {} }],
    ['GET /v1/workflows/{wfl}/executions'],
    ['GET /v1/workflows/executions/{wfx}'],
    ['POST /v1/workflows/executions/{wfx}/cancel'],
    ['POST /v1/workflows/executions/{wfx}/approve', {}],
    ['GET /v1/conversations/{conv}'],
    ['GET /v1/conversations/{conv}/messages'],
    ['PATCH /v1/conversations/{conv}', { title: 'Stolen' }],
    ['DELETE /v1/conversations/{conv}'],
    ['POST /v1/conversations/{conv}/fork', { messageId: 'msg_answer' }],
    ['POST /v1/conversations/{conv}/active-branch', { messageId: 'msg_question' }],
    ['PUT /v1/conversations/{conv}/messages/{answer}/feedback', { rating: 'down' }],
  ]

  it.each(fromB)('%s answers 404 and changes nothing in A', async (route, body) => {
    const w = await world()
    const before = snapshotStores(w.deps, w.ids.A)
    const [method = 'GET', template = ''] = route.split(' ')
    const ids: Record<string, string> = w.ids
    const response = await w.app.request(
      template.replace(/\{(\w+)\}/g, (_, name: string) => ids[name] ?? name),
      {
        method,
        headers: {
          ...w.headers.other,
          'X-Workspace-Id': w.ids.B,
          'Content-Type': 'application/json',
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      },
    )
    expect(response.status).toBe(404)
    expect(snapshotStores(w.deps, w.ids.A)).toBe(before)
  })

  it("shows B's owner none of A's members, invitations, keys, audit events or profiles", async () => {
    const w = await world()
    const headers = { ...w.headers.other, 'X-Workspace-Id': w.ids.B }
    const seen = await Promise.all(
      [
        `/v1/workspaces/${w.ids.B}/members`,
        `/v1/workspaces/${w.ids.B}/invitations`,
        '/v1/api-keys',
        '/v1/audit-events',
        '/v1/audit-events/export?format=csv',
        '/v1/workspaces',
        '/v1/invitations',
        '/v1/profiles',
        '/v1/profiles/default',
        '/v1/conversations',
        '/v1/conversations?archived=true',
      ].map(async (path) => {
        const response = await w.app.request(path, { headers })
        expect(response.status, path).toBe(200)
        return response.text()
      }),
    )
    for (const id of [
      w.ids.A,
      w.ids.target,
      w.ids.inv,
      w.ids.key,
      w.ids.prof,
      w.ids.spare,
      w.ids.conv,
      'owner@example.com',
    ])
      expect(seen.join('\n')).not.toContain(id)
  })

  it("refuses A's keys anywhere but A, and gives a system admin no implicit access", async () => {
    const w = await world()
    const elsewhere = await w.app.request(`/v1/workspaces/${w.ids.B}`, {
      headers: w.headers.adminKey,
    })
    expect(elsewhere.status).toBe(404)
    const viaHeader = await w.app.request('/v1/api-keys', {
      headers: { ...w.headers.adminKey, 'X-Workspace-Id': w.ids.B },
    })
    expect(viaHeader.status).toBe(404)
    const root = await signedInUser(w.deps, { systemAdmin: true })
    for (const path of [`/v1/workspaces/${w.ids.A}`, `/v1/workspaces/${w.ids.A}/members`])
      expect((await w.app.request(path, { headers: root.headers })).status).toBe(404)
    const audit = await w.app.request('/v1/audit-events', {
      headers: { ...root.headers, 'X-Workspace-Id': w.ids.A },
    })
    expect(audit.status).toBe(404)
  })

  it("answers a workspace that does not exist exactly like one that is someone else's", async () => {
    const w = await world()
    const bodies = await Promise.all(
      [w.ids.A, 'ws_doesnotexist'].map(async (id) => {
        const response = await w.app.request(`/v1/workspaces/${id}`, { headers: w.headers.other })
        const { status, code, detail } = await bodyOf(response)
        return { status, code, detail }
      }),
    )
    expect(bodies[0]).toEqual(bodies[1])
  })
})
