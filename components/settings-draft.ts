// The settings being edited, saved as they are made: the whole draft is validated and stored all or
// nothing, "Saved" is said at once, and an error puts the focus in its field (opening Advanced if it is there).
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/text/i18n';
import { toMinutes, toNumberAndUnit, type NumberAndUnit } from '@/utils/text/duration-units';
import type { WindowName } from '@/utils/model/types';
import type { Checked, Settings, SettingsErrors } from '@/utils/rules/settings';

export type LeadRows = Record<WindowName, NumberAndUnit[]>;

export interface SettingsDraft {
  s: Settings;
  leads: LeadRows;
  errors: SettingsErrors;
  saved: string | null;
  set: (patch: Partial<Settings>) => void;
  setLeads: (w: WindowName, rows: NumberAndUnit[]) => void;
  /** Validates and stores the draft; called by each form's change, and by buttons that change a setting. */
  commit: (e?: Event) => Promise<void>;
}

const rowsOf = (leadMinutes: Settings['leadMinutes']) =>
  Object.fromEntries(Object.entries(leadMinutes).map(([w, list]) => [w, list.map(toNumberAndUnit)])) as LeadRows;

export function useSettingsDraft(initial: Settings, save: (s: unknown) => Promise<Checked>): SettingsDraft {
  const [s, setS] = useState(initial);
  const [leads, setLeadRows] = useState(() => rowsOf(initial.leadMinutes));
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [saved, setSaved] = useState<string | null>(null);
  // The latest draft, for the change handler (state set in this event is not yet rendered).
  const draft = useRef({ s, leads });
  draft.current = { s, leads };
  const commits = useRef(0);
  // New settings from outside (a restore, a delete): the draft starts again from them.
  const shown = useRef(initial);
  useEffect(() => {
    if (shown.current === initial) return;
    shown.current = initial;
    setS(initial);
    setLeadRows(rowsOf(initial.leadMinutes));
    setErrors({});
    setSaved(null);
  }, [initial]);

  const set = (patch: Partial<Settings>) => {
    draft.current = { ...draft.current, s: { ...draft.current.s, ...patch } };
    setS(draft.current.s);
    setSaved(null);
  };
  const setLeads = (w: WindowName, rows: NumberAndUnit[]) => {
    draft.current = { ...draft.current, leads: { ...draft.current.leads, [w]: rows } };
    setLeadRows(draft.current.leads);
    setSaved(null);
  };

  async function commit(e?: Event) {
    e?.preventDefault();
    const { s, leads } = draft.current;
    const leadMinutes = Object.fromEntries(Object.entries(leads).map(([w, rows]) => [w, rows.map(toMinutes)]));
    const mine = ++commits.current;
    const result = await save({ ...s, leadMinutes });
    // Two changes in a row (leaving one field for another) save twice: only the latest answer is shown.
    if (mine !== commits.current) return;
    setErrors(result.ok ? {} : result.errors);
    setSaved(t(result.ok ? 'optSaved' : 'optNotSavedHere'));
    if (!result.ok) focusError(Object.keys(result.errors)[0]);
  }

  return { s, leads, errors, saved, set, setLeads, commit };
}

/** The first field in error takes the focus: the message is next to it, not 600 px away. */
function focusError(key: string) {
  const field = document.querySelector<HTMLElement>(`[aria-describedby~="err-${CSS.escape(key)}"]`);
  const closed = field?.closest('details');
  if (closed) closed.open = true;
  field?.focus();
}
