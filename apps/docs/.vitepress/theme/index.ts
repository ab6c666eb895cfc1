/// <reference types="vitepress/client" />
import type { Theme } from 'vitepress'
import DefaultTheme from 'vitepress/theme'
import { defineAsyncComponent } from 'vue'
import './custom.css'
import './tools.css'

/**
 * The interactive tools, registered globally under the names the pages use (`<AllocationCalculator />`).
 * Each is an async component: the tool and the packages it runs are loaded as a separate chunk, only on
 * the pages that use it.
 */
const TOOLS = {
  AllocationCalculator: () => import('./components/tools/AllocationTool.vue'),
  CallBuilder: () => import('./components/tools/CallBuilderTool.vue'),
  EligibilityQuestionnaire: () => import('./components/tools/EligibilityTool.vue'),
  RankingFromScores: () => import('./components/tools/RankingTool.vue'),
  ReportValidator: () => import('./components/tools/ReportTool.vue'),
  VolunteeringCheck: () => import('./components/tools/VolunteeringTool.vue'),
} as const

const theme: Theme = {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    for (const [name, load] of Object.entries(TOOLS)) app.component(name, defineAsyncComponent(load))
  },
}

export default theme
