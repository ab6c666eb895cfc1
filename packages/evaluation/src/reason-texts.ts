// Texts that reasons put in their messages: the tie policy, the divergence threshold, lists of ids.
// Internal.
import type { PreparedCall } from './prepared-input.js'

/** The call's tie policy in words, in `lang`. */
export function describePolicy(call: PreparedCall, lang: 'lt' | 'en'): string {
  const lt = lang === 'lt'
  switch (call.ties) {
    case 'silent':
      return lt ? 'nenustatyta' : 'none'
    case 'report':
      return lt ? 'sprendžia komisija' : 'decided by the commission'
    case 'split-equally':
      return lt ? 'likutis dalijamas lygiomis dalimis' : 'the remainder shared equally'
    case 'split-proportionally':
      return lt ? 'likutis dalijamas proporcingai prašomoms sumoms' : 'the remainder shared in proportion'
    default:
      return call.tieBreak
        .map((k) => {
          if (k.kind === 'criterion') return lt ? `kriterijaus „${k.id}“ balai` : `criterion “${k.id}” score`
          if (k.kind === 'submittedAt') return lt ? 'paraiškos pateikimo laikas' : 'submission time'
          return lt ? `burtai (sėkla „${k.seed}“)` : `lot (seed “${k.seed}”)`
        })
        .join(' → ')
  }
}

/** The divergence threshold as the call states it (`15` or `20 %`). */
export function thresholdText(call: PreparedCall): string {
  const d = call.divergence!
  return d.unit === 'points' ? d.thresholdText : `${d.thresholdText} %`
}

/** The divergence threshold as message parameters: the number and its unit (`''` for points, `' %'`). */
export function thresholdParams(call: PreparedCall): { threshold: string; unit: string } {
  const d = call.divergence!
  return { threshold: d.thresholdText, unit: d.unit === 'points' ? '' : ' %' }
}

const LISTED_IDS = 10

/**
 * Ids for a message: all of them up to ten, else the first ten and how many more (the facts keep the full
 * list; a tie group of 1,600 at the line would otherwise make quadratic text). `except`, when given, is one of
 * the ids and is left out; only the first eleven ids are looked at.
 */
export function listIds(ids: readonly string[], except: string | null): string {
  const shown: string[] = []
  for (let i = 0; i < ids.length && shown.length < LISTED_IDS; i++) {
    if (ids[i] !== except) shown.push(ids[i]!)
  }
  const count = except === null ? ids.length : ids.length - 1
  return count > shown.length ? `${shown.join(', ')} (+${count - shown.length})` : shown.join(', ')
}

/**
 * Whether `id` is among the ids {@link listIds} looks at: for any other member of `ids`, `listIds(ids, id)`
 * gives the same text.
 */
export function firstIdsInclude(ids: readonly string[], id: string): boolean {
  for (let i = 0; i < ids.length && i < LISTED_IDS; i++) if (ids[i] === id) return true
  return false
}
