/**
 * The `data` of each event of a server-sent event stream, as the SSE spec assembles it: lines
 * of one event joined by `\n`, dispatched at the blank line that ends it. Comments (`:`) and
 * other fields are skipped; a last event without its blank line is still delivered, because
 * some servers close the stream right after it.
 */
export async function* sseData(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  let buffer = ''
  let data: string[] = []
  let endedWithCr = false
  // The DOM library types TextDecoderStream's input as BufferSource; the bytes fit either way.
  const decoder = new TextDecoderStream() as unknown as TransformStream<Uint8Array, string>
  for await (let text of body.pipeThrough(decoder)) {
    // A `\r\n` split between two chunks is one line end, not two.
    if (endedWithCr && text.startsWith('\n')) text = text.slice(1)
    endedWithCr = text.endsWith('\r')
    const lines = (buffer + text).split(/\r\n|\r|\n/)
    buffer = lines.pop() ?? ''
    for (const line of lines) {
      if (line !== '') {
        const value = dataOf(line)
        if (value !== undefined) data.push(value)
      } else if (data.length > 0) {
        yield data.join('\n')
        data = []
      }
    }
  }
  const last = dataOf(buffer)
  if (last !== undefined) data.push(last)
  if (data.length > 0) yield data.join('\n')
}

function dataOf(line: string): string | undefined {
  if (line !== 'data' && !line.startsWith('data:')) return undefined
  const value = line.slice(5)
  return value.startsWith(' ') ? value.slice(1) : value
}
