// Saves a value a moment after the last change (typing saves once, not per key), at once when the
// focus leaves the editor or the page is hidden, and shows only the answer to the latest save.
import { useEffect, useRef } from 'preact/hooks';

/** Long enough to cover a typing burst, short enough that "Saved" follows the pause. */
export const AUTOSAVE_DELAY_MS = 600;

export function useAutosave<T>(save: (value: T) => Promise<void>) {
  const pending = useRef<{ value: T; timer: ReturnType<typeof setTimeout> } | null>(null);
  const flush = () => {
    const p = pending.current;
    if (!p) return;
    clearTimeout(p.timer);
    pending.current = null;
    void save(p.value);
  };
  const later = (value: T, delay = AUTOSAVE_DELAY_MS) => {
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = { value, timer: setTimeout(flush, delay) };
  };
  useEffect(() => {
    // A tab closed or switched away within the delay still saves.
    const hidden = () => document.visibilityState === 'hidden' && flush();
    document.addEventListener('visibilitychange', hidden);
    return () => document.removeEventListener('visibilitychange', hidden);
  }, []);
  return { later, flush };
}
