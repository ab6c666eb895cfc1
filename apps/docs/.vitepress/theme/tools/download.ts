/**
 * Saving a result as a file in the browser: a Blob, an object URL and a temporary `<a download>`.
 * Nothing leaves the computer.
 */

/** Offers `content` as a download named `name`. Browser only. */
export function downloadText(name: string, content: string, type: string): void {
  downloadBlob(name, new Blob([content], { type }))
}

/** Copies text to the clipboard; `false` when the browser refuses. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    return false
  }
}

/** Offers a Blob as a download named `name`. Browser only. */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.rel = 'noopener'
  link.style.display = 'none'
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

// A plain decimal with at most 15 significant digits reads back from a double as the same text, so it
// can be an Excel number; leading zeros (registration numbers) and longer digit runs stay text.
const EXCEL_NUMBER = /^-?(?:0|[1-9]\d{0,14})(?:\.\d{1,6})?$/

/**
 * Offers a table (the rows of a CSV the tool already writes) as an Excel workbook (`.xlsx`), written
 * with `write-excel-file` (loaded on first use). Numbers become number cells; text stays text cells,
 * which Excel never runs as a formula. Browser only.
 */
export async function downloadXlsx(name: string, rows: readonly (readonly string[])[]): Promise<void> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser')
  const data = rows.map((row, r) =>
    row.map((cell) =>
      r > 0 && EXCEL_NUMBER.test(cell) && cell.replace(/\D/g, '').length <= 15
        ? { type: Number, value: Number(cell) }
        : { type: String, value: cell },
    ),
  )
  downloadBlob(name, await writeXlsxFile(data).toBlob())
}
