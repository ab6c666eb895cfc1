/**
 * What every tool page repeats, once: its language and labels, its state kept in the address (restored
 * when the page mounts, written on each change, offered as a link), a table file picked by the officer,
 * and the officer's own call (from a call.json file or the call builder's copy in this browser).
 */
import { useData } from 'vitepress'
import { type ComputedRef, computed, onMounted, ref, watch } from 'vue'
import { OWN_CALL_STORAGE_KEY } from '../../tools/call-builder.js'
import { readTableFile } from '../../tools/csv.js'
import { copyText } from '../../tools/download.js'
import { COMMON, type Lang, type Localized, langOf } from '../../tools/i18n.js'
import { createStateWriter, loadStateFromLocation } from '../../tools/url-state.js'

/** The page's language and two label readers: `t` for the tool's own labels, `c` for the common ones. */
export function useToolText<K extends string>(text: Readonly<Record<K, Localized>>) {
  const { lang: siteLang } = useData()
  const lang = computed(() => langOf(siteLang.value))
  return {
    lang,
    t: (key: K): string => text[key][lang.value],
    c: (key: keyof typeof COMMON): string => COMMON[key][lang.value],
  }
}

/**
 * The tool's state in the address (`#s=…`): `restore` receives what a shared link carried once the page
 * has mounted; afterwards every change of `snapshot()` is written back. `copyLink` copies the address
 * once the last change is written, and says in `copied` whether it could.
 */
export function useAddressState(options: {
  readonly snapshot: () => unknown
  readonly restore: (saved: unknown) => void
  readonly lang: ComputedRef<Lang>
}) {
  const writer = import.meta.env.SSR ? null : createStateWriter()
  const copied = ref('')
  /** True once the page is mounted in the browser (printed documents are teleported only then). */
  const mounted = ref(false)
  let ready = false
  onMounted(async () => {
    const saved = await loadStateFromLocation()
    if (saved !== undefined) options.restore(saved)
    ready = true
    mounted.value = true
  })
  watch(options.snapshot, (value) => {
    if (ready) writer?.write(value)
  })
  async function copyLink() {
    await writer?.flush()
    const ok = await copyText(window.location.href)
    copied.value = COMMON[ok ? 'linkCopied' : 'copyFailed'][options.lang.value]
  }
  return { copied, copyLink, mounted }
}

/** The file of an `<input type="file">` change event, if one was picked. */
export function pickedFile(event: Event): File | undefined {
  return (event.target as HTMLInputElement).files?.[0]
}

/**
 * A table file (CSV in any of the encodings officers have, or .xlsx) read into CSV text for `use`; the
 * reason it could not be read, in the page's language, in `fileError`.
 */
export function useTableFile(lang: ComputedRef<Lang>, use: (text: string) => void) {
  const fileError = ref('')
  async function onFile(event: Event) {
    const file = pickedFile(event)
    if (!file) return
    const read = await readTableFile(file)
    fileError.value = read.ok ? '' : read.message[lang.value]
    if (read.ok) use(read.text)
  }
  return { fileError, onFile }
}

/**
 * The officer's own call for a tool: `use` receives the call read from a call.json file (`onOwnCallFile`)
 * or kept by the call builder in this browser (`useStoredCall`); `ownCallMessage` says why there is none.
 */
export function useOwnCallSource(
  messages: { readonly notJson: () => string; readonly none: () => string },
  use: (call: unknown) => void,
) {
  const ownCallMessage = ref('')
  async function onOwnCallFile(event: Event) {
    const file = pickedFile(event)
    if (!file) return
    try {
      use(JSON.parse(await file.text()) as unknown)
      ownCallMessage.value = ''
    } catch {
      ownCallMessage.value = messages.notJson()
    }
  }
  function useStoredCall() {
    let stored: string | null = null
    try {
      stored = window.localStorage.getItem(OWN_CALL_STORAGE_KEY)
    } catch {
      stored = null
    }
    if (stored === null) {
      ownCallMessage.value = messages.none()
      return
    }
    ownCallMessage.value = ''
    use(JSON.parse(stored) as unknown)
  }
  return { ownCallMessage, onOwnCallFile, useStoredCall }
}
