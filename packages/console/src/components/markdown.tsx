// Markdown as the console shows it: marked for the syntax, DOMPurify so model output cannot run
// script, highlight.js for code blocks, each with a Copy button.
import DOMPurify from 'dompurify'
import hljs from 'highlight.js/lib/core'
import bash from 'highlight.js/lib/languages/bash'
import css from 'highlight.js/lib/languages/css'
import javascript from 'highlight.js/lib/languages/javascript'
import json from 'highlight.js/lib/languages/json'
import markdown from 'highlight.js/lib/languages/markdown'
import python from 'highlight.js/lib/languages/python'
import sql from 'highlight.js/lib/languages/sql'
import typescript from 'highlight.js/lib/languages/typescript'
import xml from 'highlight.js/lib/languages/xml'
import yaml from 'highlight.js/lib/languages/yaml'
import { Marked } from 'marked'
import { useMemo } from 'preact/hooks'
import 'highlight.js/styles/github-dark.css'
import './markdown.css'

const languages = { bash, css, javascript, json, markdown, python, sql, typescript, xml, yaml }
for (const [name, language] of Object.entries(languages)) hljs.registerLanguage(name, language)
hljs.registerAliases(['js', 'jsx', 'mjs'], { languageName: 'javascript' })
hljs.registerAliases(['ts', 'tsx'], { languageName: 'typescript' })
hljs.registerAliases(['sh', 'shell', 'zsh', 'console'], { languageName: 'bash' })
hljs.registerAliases(['py'], { languageName: 'python' })
hljs.registerAliases(['html', 'svg'], { languageName: 'xml' })
hljs.registerAliases(['yml'], { languageName: 'yaml' })
hljs.registerAliases(['md'], { languageName: 'markdown' })

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

const marked = new Marked({
  gfm: true,
  breaks: true,
  renderer: {
    code({ text, lang }) {
      const name = (lang ?? '').trim().split(/\s+/)[0]?.toLowerCase() ?? ''
      const known = name !== '' && hljs.getLanguage(name) !== undefined
      const body = known ? hljs.highlight(text, { language: name }).value : escapeHtml(text)
      // The button is wired by the component's delegated click handler (CSP: no inline script).
      return (
        `<div class="md-code"><div class="md-code-bar"><span>${escapeHtml(name || 'code')}</span>` +
        '<button type="button" class="md-copy" aria-label="Copy code">Copy</button></div>' +
        `<pre><code class="hljs${known ? ` language-${name}` : ''}">${body}</code></pre></div>`
      )
    },
  },
})

// Links from a model open elsewhere and tell the target nothing about the console.
DOMPurify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A' && node.getAttribute('href')) {
    node.setAttribute('target', '_blank')
    node.setAttribute('rel', 'noopener noreferrer')
  }
})

/** Markdown text as sanitised HTML (safe to set as innerHTML). */
export function renderMarkdown(text: string): string {
  const html = marked.parse(text, { async: false })
  return DOMPurify.sanitize(html, { ADD_ATTR: ['target'] })
}

async function copyCode(button: HTMLButtonElement) {
  const code = button.closest('.md-code')?.querySelector('code')?.textContent ?? ''
  try {
    await navigator.clipboard.writeText(code)
    button.textContent = 'Copied'
  } catch {
    button.textContent = 'Copy failed'
  }
  setTimeout(() => {
    button.textContent = 'Copy'
  }, 1500)
}

/** Rendered markdown; `class` is added to the container's `markdown` class. */
export function Markdown({ text, class: extra }: { text: string; class?: string }) {
  const html = useMemo(() => renderMarkdown(text), [text])
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: delegates clicks to the real <button>s inside
    // biome-ignore lint/a11y/useKeyWithClickEvents: the buttons inside take keys themselves
    <div
      class={extra ? `markdown ${extra}` : 'markdown'}
      onClick={(event) => {
        const target = event.target
        if (!(target instanceof Element)) return
        const button = target.closest<HTMLButtonElement>('button.md-copy')
        if (button) void copyCode(button)
      }}
      // Sanitised by DOMPurify in renderMarkdown.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  )
}
