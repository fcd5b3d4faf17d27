import type { ChatModel, ChatRequest } from '@chatter/core'

/**
 * Makes `model` (the stack's own model adapter) fail when the user's last message contains
 * `marker`: after `afterDeltas` pieces of text, its stream throws, as a provider whose connection
 * drops mid-answer does. Other requests are answered as before.
 */
export function failMidStream(model: ChatModel, marker: string, afterDeltas: number) {
  const stream = model.stream.bind(model)
  model.stream = async function* (request: ChatRequest) {
    const asked = request.messages.findLast((message) => message.role === 'user')?.content ?? ''
    let deltas = 0
    for await (const event of stream(request)) {
      if (asked.includes(marker) && event.type === 'delta' && deltas++ === afterDeltas)
        throw new Error('upstream model connection reset by peer at 10.0.3.7:443')
      yield event
    }
  }
}
