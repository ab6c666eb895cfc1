/// <reference types="vitepress/client" />
import type { Theme } from 'vitepress'
import DefaultTheme from 'vitepress/theme'
import './custom.css'
import './tools.css'

// Every Vue component in ./components is registered globally under its file name, so a page can
// use it directly (`<AllocationCalculator />`): this is where the interactive tools go.
const components = import.meta.glob<{ default: object }>('./components/*.vue', { eager: true })

const theme: Theme = {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    for (const [path, mod] of Object.entries(components)) {
      const name = path.replace(/^.*\//, '').replace(/\.vue$/, '')
      app.component(name, mod.default)
    }
  },
}

export default theme
