// The tools' .vue files are compiled by VitePress; `tsc` checks their logic in ../tools/*.ts and sees
// a component here only as a component (index.ts registers them).
declare module '*.vue' {
  import type { DefineComponent } from 'vue'

  const component: DefineComponent
  export default component
}
