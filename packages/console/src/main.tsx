// The Chatter web console: a single-page app over the same /v1 API as the SDK and CLI.
import { render } from 'preact'
import { App } from './app'
import './styles.css'

render(<App />, document.getElementById('app') as HTMLElement)
