/**
 * Small but realistic exports of other chat products, shaped as their "Export data" downloads
 * are (`conversations.json`), for the import tests.
 */

/**
 * ChatGPT: a tree per conversation. The first has a hidden system root, an edited user message
 * (two branches under the root: the second one is current) and a tool node between the user
 * message and the answer; the second is linear; the third holds only a system message.
 */
export const chatGptConversations = [
  {
    title: 'Sourdough starter',
    create_time: 1_714_000_000.123,
    update_time: 1_714_000_600.5,
    current_node: 'a2',
    mapping: {
      root: { id: 'root', message: null, parent: null, children: ['sys'] },
      sys: {
        id: 'sys',
        message: {
          id: 'sys',
          author: { role: 'system' },
          content: { content_type: 'text', parts: [''] },
          create_time: null,
        },
        parent: 'root',
        children: ['u1', 'u2'],
      },
      u1: {
        id: 'u1',
        message: {
          id: 'u1',
          author: { role: 'user' },
          content: { content_type: 'text', parts: ['How do I start a sourdough starter?'] },
          create_time: 1_714_000_010,
        },
        parent: 'sys',
        children: ['a1'],
      },
      a1: {
        id: 'a1',
        message: {
          id: 'a1',
          author: { role: 'assistant' },
          content: { content_type: 'text', parts: ['Mix equal weights of flour and water.'] },
          create_time: 1_714_000_020,
        },
        parent: 'u1',
        children: [],
      },
      u2: {
        id: 'u2',
        message: {
          id: 'u2',
          author: { role: 'user' },
          content: {
            content_type: 'text',
            parts: ['How do I start a rye sourdough starter, "quickly"?'],
          },
          create_time: 1_714_000_300,
        },
        parent: 'sys',
        children: ['t1'],
      },
      t1: {
        id: 't1',
        message: {
          id: 't1',
          author: { role: 'tool', name: 'browser' },
          content: { content_type: 'text', parts: ['search results'] },
          create_time: 1_714_000_310,
        },
        parent: 'u2',
        children: ['a2'],
      },
      a2: {
        id: 'a2',
        message: {
          id: 'a2',
          author: { role: 'assistant' },
          content: { content_type: 'text', parts: ['Use whole rye flour, it ferments faster.'] },
          create_time: 1_714_000_320,
        },
        parent: 't1',
        children: [],
      },
    },
  },
  {
    title: 'Trip to Lisbon',
    create_time: 1_715_000_000,
    update_time: 1_715_000_100,
    current_node: 'b2',
    mapping: {
      b0: { id: 'b0', message: null, parent: null, children: ['b1'] },
      b1: {
        id: 'b1',
        message: {
          id: 'b1',
          author: { role: 'user' },
          content: { content_type: 'text', parts: ['Three days in Lisbon: what to see?'] },
          create_time: 1_715_000_001,
        },
        parent: 'b0',
        children: ['b2'],
      },
      b2: {
        id: 'b2',
        message: {
          id: 'b2',
          author: { role: 'assistant' },
          content: { content_type: 'text', parts: ['Alfama, Belém and a day trip to Sintra.'] },
          create_time: 1_715_000_050,
        },
        parent: 'b1',
        children: [],
      },
    },
  },
  {
    title: 'Empty chat',
    create_time: 1_716_000_000,
    update_time: 1_716_000_000,
    current_node: 'c1',
    mapping: {
      c1: {
        id: 'c1',
        message: {
          id: 'c1',
          author: { role: 'system' },
          content: { content_type: 'text', parts: [''] },
          create_time: null,
        },
        parent: null,
        children: [],
      },
    },
  },
]

/**
 * Claude: a line of messages per conversation; one answer's text is only in its `content`
 * blocks (newer exports), one conversation has no messages.
 */
export const claudeConversations = [
  {
    uuid: '0b9f5d7e-1c1a-4d7e-9a55-3f1f2f0a0001',
    name: 'Haiku about autumn',
    created_at: '2024-10-01T09:00:00.000000+00:00',
    updated_at: '2024-10-01T09:02:00.000000+00:00',
    account: { uuid: 'acc-1' },
    chat_messages: [
      {
        uuid: 'm-1',
        sender: 'human',
        text: 'Write a haiku about autumn, please.',
        content: [{ type: 'text', text: 'Write a haiku about autumn, please.' }],
        created_at: '2024-10-01T09:00:05.000000+00:00',
        attachments: [],
        files: [],
      },
      {
        uuid: 'm-2',
        sender: 'assistant',
        text: 'Red leaves drift and fall,\ncold wind hums through empty trees,\nthe year exhales slow.',
        content: [],
        created_at: '2024-10-01T09:00:09.000000+00:00',
        attachments: [],
        files: [],
      },
      {
        uuid: 'm-3',
        sender: 'human',
        text: 'Now one about winter.',
        created_at: '2024-10-01T09:01:00.000000+00:00',
        attachments: [],
        files: [],
      },
      {
        uuid: 'm-4',
        sender: 'assistant',
        text: '',
        content: [
          {
            type: 'text',
            text: 'Snow hushes the street,\nbreath hangs white above the lamp,\nthe night holds its hands.',
          },
        ],
        created_at: '2024-10-01T09:01:04.000000+00:00',
        attachments: [],
        files: [],
      },
    ],
  },
  {
    uuid: '0b9f5d7e-1c1a-4d7e-9a55-3f1f2f0a0002',
    name: '',
    created_at: '2024-10-02T10:00:00.000000+00:00',
    updated_at: '2024-10-02T10:00:00.000000+00:00',
    account: { uuid: 'acc-1' },
    chat_messages: [],
  },
]
