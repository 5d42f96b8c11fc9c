// The warnings before each window closes: up to three per window, each a number and a unit
// (min, h, d), stored as minutes. The validator says why one is refused (e.g. not less than the window).
import { t, type MessageKey } from '@/utils/text/i18n';
import { UNITS, type DurationUnit, type NumberAndUnit } from '@/utils/text/duration-units';
import type { WindowName } from '@/utils/model/types';
import { Err } from './FieldError';
import type { SettingsDraft } from './settings-draft';

const LEADS: [WindowName, MessageKey][] = [
  ['best-practice', 'optLeadBest'],
  ['expected', 'optLeadExpected'],
  ['policy', 'optLeadPolicy'],
];
const UNIT_NAMES: Record<DurationUnit, MessageKey> = { min: 'optUnitMin', h: 'optUnitHours', d: 'optUnitDays' };
/** The validator's limit; the Add button goes at it. */
const MAX_LEADS = 3;

export function WarningFields({ draft }: { draft: SettingsDraft }) {
  const { leads, errors, setLeads, commit } = draft;
  return (
    <fieldset>
      <legend>{t('optWarnings')}</legend>
      {LEADS.map(([w, label]) => {
        const rows = leads[w];
        const edit = (i: number, patch: Partial<NumberAndUnit>) =>
          setLeads(
            w,
            rows.map((r, j) => (j === i ? { ...r, ...patch } : r)),
          );
        const error = `err-leadMinutes.${w}`;
        return (
          <div key={w} class="lead" role="group" aria-labelledby={`lead-${w}`} data-window={w}>
            <span id={`lead-${w}`} class="lead-name">
              {t(label)}
            </span>
            {rows.map((row, i) => (
              <span class="duration" key={i}>
                <input
                  type="number"
                  min="1"
                  step="1"
                  value={row.value}
                  aria-label={t('optLeadAmount', t(label), i + 1)}
                  aria-describedby={error}
                  onInput={(e) => edit(i, { value: e.currentTarget.value })}
                />
                <select
                  value={row.unit}
                  aria-label={t('optUnit')}
                  onChange={(e) => edit(i, { unit: e.currentTarget.value as DurationUnit })}
                >
                  {UNITS.map((u) => (
                    <option key={u} value={u}>
                      {t(UNIT_NAMES[u])}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  class="remove"
                  aria-label={t('optLeadRemove', t(label), i + 1)}
                  onClick={() => (
                    setLeads(
                      w,
                      rows.filter((_, j) => j !== i),
                    ),
                    void commit()
                  )}
                >
                  ×
                </button>
              </span>
            ))}
            {rows.length < MAX_LEADS && (
              <button
                type="button"
                class="add"
                aria-label={t('optLeadAdd')}
                title={t('optLeadAdd')}
                onClick={() => setLeads(w, [...rows, { value: '', unit: 'h' }])}
              >
                +
              </button>
            )}
            <Err id={`leadMinutes.${w}`} errors={errors} />
          </div>
        );
      })}
    </fieldset>
  );
}
