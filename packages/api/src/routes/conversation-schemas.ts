import {
  type Conversation,
  type ConversationWithMessages,
  conversationLimits,
  feedbackCommentProblem,
  profileLimits,
  titleProblem,
} from '@chatter/core'
import { z } from '@hono/zod-openapi'
import { Id, PageQuery } from './access-schemas'
import { MessageView } from './chat-schemas'

/**
 * Request and response schemas of the conversation routes. They check types and bounds with the
 * core's own rules, so both agree; messages are shown as the answer routes show them.
 */

const fromProblem =
  (problem: (value: string) => string | undefined) => (value: string, ctx: z.RefinementCtx) => {
    const message = problem(value)
    if (message) ctx.addIssue({ code: 'custom', message })
  }

// The raw bound stops a huge string before the per-character checks run on it.
const Title = z
  .string()
  .max(conversationLimits.titleLength * 4)
  .superRefine(fromProblem(titleProblem))
  .openapi({ description: `1-${conversationLimits.titleLength} characters`, example: 'Q3 budget' })

const Cursor = PageQuery.shape.cursor

// The same bounds as a profile's template; the use case checks the prompt exists and renders.
const SystemPromptId = z.string().min(1).max(100).openapi({
  description:
    'A prompt template of the workspace, rendered as the system prompt at answer time: over the profile’s, under an agent’s',
  example: 'prm_3k9x',
})

const SystemPromptVariables = z
  .record(
    z.string().max(64),
    z.union([z.string().max(profileLimits.systemPromptLength), z.number(), z.boolean()]),
  )
  .openapi({ description: 'Values of the template’s variables, over its defaults' })

export const NewConversationBody = z
  .object({
    title: Title.optional().openapi({ description: 'Default "New conversation"' }),
    profileId: Id.optional().openapi({
      description: 'A profile of the workspace; else its default',
    }),
    agentId: Id.optional().openapi({
      description:
        'An agent of the workspace: answers use its prompt, profile, tools and knowledge. POST /v1/agents/route finds the best one for a message.',
    }),
    systemPromptId: SystemPromptId.optional(),
    systemPromptVariables: SystemPromptVariables.optional().openapi({
      description:
        'Values of the template’s variables, over its defaults; only with systemPromptId',
    }),
  })
  .openapi('NewConversation')

export const ConversationPatchBody = z
  .object({
    title: Title,
    archived: z.boolean(),
    profileId: Id.nullable().openapi({ description: 'null: use the workspace’s default profile' }),
    systemPromptId: SystemPromptId.nullable().openapi({
      description: 'null clears it, with its variables',
    }),
    systemPromptVariables: SystemPromptVariables.nullable().openapi({
      description: 'Replaces the whole set; null clears it',
    }),
  })
  .partial()
  .refine(
    (patch) => Object.keys(patch).length > 0,
    'Give title, archived, profileId, systemPromptId or systemPromptVariables.',
  )
  .openapi('ConversationPatch')

export const MessageChoiceBody = z.object({ messageId: Id }).openapi('MessageChoice')

export const FeedbackBody = z
  .object({
    rating: z.enum(['up', 'down']),
    comment: z
      .string()
      .max(conversationLimits.feedbackCommentLength * 2)
      .superRefine(fromProblem(feedbackCommentProblem))
      .optional()
      .openapi({ description: `At most ${conversationLimits.feedbackCommentLength} characters` }),
  })
  .openapi('Feedback')

export const ConversationListQuery = PageQuery.extend({
  archived: z
    .enum(['true', 'false'])
    .optional()
    .openapi({ description: 'true: only archived ones; default false' }),
  q: Title.optional().openapi({ description: 'Case-insensitive part of the title' }),
})

export const ConversationQuery = z.object({
  messages: z.coerce
    .number()
    .int()
    .min(0)
    .max(conversationLimits.messagesPage)
    .default(20)
    .openapi({ description: `How many messages of the active branch (0-100, default 20)` }),
  messagesCursor: Cursor.openapi({ description: 'The previous answer’s nextMessagesCursor' }),
})

export const MessageListQuery = PageQuery.extend({
  order: z.enum(['asc', 'desc']).default('asc').openapi({ description: 'By creation time' }),
})

export const ConversationView = z
  .object({
    id: z.string(),
    workspaceId: z.string(),
    userId: z.string().openapi({ description: 'Who started it: only they can see it' }),
    title: z.string(),
    profileId: z.string().optional(),
    agentId: z.string().optional().openapi({ description: 'The agent it was started with' }),
    systemPromptId: z.string().optional().openapi({ description: 'Its system prompt template' }),
    systemPromptVariables: z
      .record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
      .optional(),
    archived: z.boolean(),
    activeLeafId: z.string().nullable().openapi({ description: 'The tip of the shown branch' }),
    forkedFrom: z.object({ conversationId: z.string(), messageId: z.string() }).optional(),
    messageCount: z.number().int(),
    lastActivityAt: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Conversation')

export const ConversationWithMessagesView = ConversationView.extend({
  messages: z.array(MessageView).openapi({
    description: 'A page of the active branch: the newest page first, oldest first within it',
  }),
  nextMessagesCursor: z.string().nullable().openapi({ description: 'Older messages, if any' }),
}).openapi('ConversationWithMessages')

export const BranchesView = z
  .object({
    parentId: z.string().nullable(),
    items: z.array(
      MessageView.extend({ active: z.boolean().openapi({ description: 'On the shown branch' }) }),
    ),
    nextCursor: z.null().openapi({ description: 'Always null: all branches come at once' }),
  })
  .openapi('Branches')

/** A conversation's public shape: its fields one by one (its memory summary stays inside). */
export const conversationView = (c: Conversation): z.infer<typeof ConversationView> => ({
  id: c.id,
  workspaceId: c.workspaceId,
  userId: c.userId,
  title: c.title,
  ...(c.profileId ? { profileId: c.profileId } : {}),
  ...(c.agentId ? { agentId: c.agentId } : {}),
  ...(c.systemPromptId === undefined ? {} : { systemPromptId: c.systemPromptId }),
  ...(c.systemPromptVariables === undefined
    ? {}
    : { systemPromptVariables: { ...c.systemPromptVariables } }),
  archived: c.archived,
  activeLeafId: c.activeLeafId ?? null,
  ...(c.forkedFrom ? { forkedFrom: { ...c.forkedFrom } } : {}),
  messageCount: c.messageCount,
  lastActivityAt: c.lastActivityAt,
  createdAt: c.createdAt,
  updatedAt: c.updatedAt,
})

export const withMessagesView = ({ conversation, messages }: ConversationWithMessages) => ({
  ...conversationView(conversation),
  messages: messages.items,
  nextMessagesCursor: messages.nextCursor,
})
