// The settings, in the page's order: Alerts, Badge and list, then what the page puts between
// (holding replies, your data), then Advanced. One draft for all; each form saves it on change.
import type { ComponentChildren } from 'preact';
import { t } from '@/utils/text/i18n';
import type { Checked, Settings } from '@/utils/rules/settings';
import { AdvancedWindows } from './AdvancedWindows';
import { BadgeFields } from './BadgeFields';
import { OptionsGroup } from './OptionsGroup';
import { QuietAndAwayFields } from './QuietAndAwayFields';
import { RoutineFields } from './RoutineFields';
import { useSettingsDraft } from './settings-draft';
import { WarningFields } from './WarningFields';

export interface OptionsFormProps {
  initial: Settings;
  save: (s: unknown) => Promise<Checked>;
  /** The groups between Badge and list and Advanced. */
  children?: ComponentChildren;
}

export function OptionsForm({ initial, save, children }: OptionsFormProps) {
  const draft = useSettingsDraft(initial, save);
  const { commit, saved, errors } = draft;
  // "Saved." fades after a moment (it would cover the text under it); "Not saved" stays.
  const ok = saved && !Object.keys(errors).length ? ' ok' : '';
  return (
    <>
      {/* Fixed at the bottom of the view, so "Saved" is said where the change was made. */}
      <p role="status" class={`saved autosaved${saved ? ' shown' : ''}${ok}`}>
        {saved}
      </p>
      <OptionsGroup id="alerts" title={t('optGroupAlerts')}>
        <form onSubmit={commit} onChange={commit} noValidate>
          <WarningFields draft={draft} />
          <QuietAndAwayFields draft={draft} />
          <RoutineFields draft={draft} />
        </form>
      </OptionsGroup>
      <OptionsGroup id="badge" title={t('optGroupBadge')}>
        <form onSubmit={commit} onChange={commit} noValidate>
          <BadgeFields draft={draft} />
        </form>
      </OptionsGroup>
      {children}
      <form class="advanced-form" onSubmit={commit} onChange={commit} noValidate>
        <AdvancedWindows draft={draft} />
      </form>
    </>
  );
}
