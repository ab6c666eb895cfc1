import { type Browser, chromium } from 'playwright-core'

/** Flags for a headless Chromium in the test container: no sandbox, GPU or background traffic. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/**
 * The system Chromium, headless, as the browser tests of the site and the tools use it.
 *
 * @example
 * const browser = await launchChromium()
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS })
}
