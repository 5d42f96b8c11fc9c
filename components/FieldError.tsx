// The message under a settings field that did not validate, announced to screen readers.
import type { SettingsErrors } from '@/utils/rules/settings';

export function Err({ id, errors }: { id: string; errors: SettingsErrors }) {
  return errors[id] ? (
    <p class="error" id={`err-${id}`} role="alert">
      {errors[id]}
    </p>
  ) : null;
}
