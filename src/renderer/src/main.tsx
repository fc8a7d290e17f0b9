// Renderer entry: mounts the app shell.

import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { prepareFirstScreen } from './app/firstScreen'
import './theme.css'

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')
prepareFirstScreen()
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
