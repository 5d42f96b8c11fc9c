// "Badge and list": every option about what the badge and the room list count and show, in one place.
import { t, type MessageKey } from '@/utils/text/i18n';
import type { Settings } from '@/utils/rules/settings';
import { Err } from './FieldError';
import type { SettingsDraft } from './settings-draft';

type Choice<K extends keyof Settings> = [Settings[K], MessageKey];
const COUNTS: Choice<'badgeCounts'>[] = [
  ['all', 'optBadgeAll'],
  ['past-best-practice', 'optBadgeLate'],
];
const INVITATIONS: Choice<'badgeInvitations'>[] = [
  ['with-rooms', 'optBadgeInvitationsWith'],
  ['apart', 'optBadgeInvitationsApart'],
];
const num = (v: string) => (v.trim() === '' ? NaN : Number(v));

function Radios<K extends 'badgeCounts' | 'badgeInvitations'>(props: {
  k: K;
  legend: MessageKey;
  choices: Choice<K>[];
  draft: SettingsDraft;
}) {
  const { k, legend, choices, draft } = props;
  return (
    <fieldset class="choice">
      <legend>{t(legend)}</legend>
      {choices.map(([value, label]) => (
        <label class="check" key={value}>
          <input type="radio" name={k} checked={draft.s[k] === value} onChange={() => draft.set({ [k]: value })} />
          {t(label)}
        </label>
      ))}
    </fieldset>
  );
}

export function BadgeFields({ draft }: { draft: SettingsDraft }) {
  const { s, set, errors } = draft;
  return (
    <>
      <Radios k="badgeCounts" legend="optBadge" choices={COUNTS} draft={draft} />
      <Radios k="badgeInvitations" legend="optBadgeInvitations" choices={INVITATIONS} draft={draft} />
      <label class="row">
        {t('optStaleAfter')}
        <input
          type="number"
          name="stale-after"
          step="0.25"
          min="0.25"
          max="72"
          value={s.staleAfterHours}
          aria-describedby="err-staleAfterHours"
          onInput={(e) => set({ staleAfterHours: num(e.currentTarget.value) })}
        />
      </label>
      <Err id="staleAfterHours" errors={errors} />
      <fieldset>
        <legend>{t('optYou')}</legend>
        <label>
          {t('optSelfName')}
          <input
            type="text"
            maxLength={100}
            value={s.selfName}
            aria-describedby="err-selfName"
            onInput={(e) => set({ selfName: e.currentTarget.value })}
          />
        </label>
        <Err id="selfName" errors={errors} />
      </fieldset>
    </>
  );
}
