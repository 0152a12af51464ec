/** Copy text to the clipboard; where the Clipboard API is refused, select the element's text instead. */
export async function copyText(text: string, element: HTMLElement | null): Promise<'copied' | 'selected'> {
  try {
    await navigator.clipboard.writeText(text)
    return 'copied'
  } catch {
    // Selected, the text is one Ctrl+C away, which the message says.
    if (element) {
      const range = document.createRange()
      range.selectNodeContents(element)
      const selection = window.getSelection()
      selection?.removeAllRanges()
      selection?.addRange(range)
    }
    return 'selected'
  }
}
