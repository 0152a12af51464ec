/** The inbox's shortcuts, always one click (or "?") away, listed as the keys a user presses. */
export function KeyboardHelp({ open, onToggle, canDecide }: { open: boolean; onToggle: (open: boolean) => void; canDecide: boolean }) {
  return (
    <details className="shortcuts panel" open={open} onToggle={(e) => onToggle(e.currentTarget.open)}>
      <summary>Keyboard shortcuts</summary>
      <dl aria-label="Keyboard shortcuts">
        <dt>
          <kbd>j</kbd> / <kbd>↓</kbd>
        </dt>
        <dd>Select the next alert</dd>
        <dt>
          <kbd>k</kbd> / <kbd>↑</kbd>
        </dt>
        <dd>Select the previous alert</dd>
        <dt>
          <kbd>Enter</kbd> or <kbd>o</kbd>
        </dt>
        <dd>Open the selected alert</dd>
        {canDecide && (
          <>
            <dt>
              <kbd>t</kbd>
            </dt>
            <dd>Decide the selected alert: true match</dd>
            <dt>
              <kbd>f</kbd>
            </dt>
            <dd>Decide the selected alert: false positive</dd>
            <dt>
              <kbd>e</kbd>
            </dt>
            <dd>Decide the selected alert: escalate</dd>
            <dt>
              <kbd>Esc</kbd>
            </dt>
            <dd>Close the decision form</dd>
          </>
        )}
        <dt>
          <kbd>?</kbd>
        </dt>
        <dd>Show or hide this list</dd>
      </dl>
      <p className="muted">Shortcuts are off while you type in a field. Arrow keys work when a row has focus.</p>
    </details>
  )
}
