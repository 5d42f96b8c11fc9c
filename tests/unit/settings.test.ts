import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach } from 'vitest';
import { checkSettings, DEFAULT_SETTINGS, isAway } from '@/utils/rules/settings';
import { loadSettings, saveSettings } from '@/utils/storage/settings-storage';
import { settingsChanges } from '@/utils/rules/settings-diff';

beforeEach(() => fakeBrowser.reset());
/** chrome.storage.sync.QUOTA_BYTES_PER_ITEM */
const QUOTA_BYTES_PER_ITEM = 8192;

describe('settings are validated whole', () => {
  it('the defaults are valid: 2 h, 24 h, warnings 30 min / 3 h / 1 d and 6 h', () => {
    const c = checkSettings(DEFAULT_SETTINGS);
    expect(c.ok).toBe(true);
    expect(DEFAULT_SETTINGS).toMatchObject({
      bestPracticeHours: 2,
      expectedHours: 24,
      leadMinutes: { 'best-practice': [30], expected: [180], policy: [1440, 360] },
    });
  });
  it.each([
    ['a best-practice window of 0', { bestPracticeHours: 0 }, 'bestPracticeHours'],
    ['an expected window shorter than best practice', { bestPracticeHours: 4, expectedHours: 3 }, 'expectedHours'],
    [
      'a lead time as long as the window',
      { leadMinutes: { ...DEFAULT_SETTINGS.leadMinutes, 'best-practice': [120] } },
      'leadMinutes.best-practice',
    ],
    ['quiet hours that are not times', { quietHours: { enabled: true, start: '25:00', end: '08:00' } }, 'quietHours'],
    ['a return date that is not a date', { away: { enabled: true, until: 'soon' } }, 'away'],
    ['an unknown badge choice', { badgeCounts: 'some' }, 'badgeCounts'],
  ])('refuses %s, saying which field', (_, patch, field) => {
    const c = checkSettings({ ...DEFAULT_SETTINGS, ...patch });
    expect(c.ok).toBe(false);
    expect(!c.ok && c.errors[field]).toBeTruthy();
  });
  it('a bad value is never saved half-way', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, selfName: 'Alex Rivera' });
    const result = await saveSettings({ ...DEFAULT_SETTINGS, selfName: 'Someone Else', expectedHours: -1 });
    expect(result.ok).toBe(false);
    expect((await loadSettings()).selfName).toBe('Alex Rivera');
  });
  it('keys it does not know are dropped, so a value that passes the checks also fits storage.sync', async () => {
    // storage.sync refuses an item over 8 KB (QUOTA_BYTES_PER_ITEM); the fake browser does not, so it is told to.
    const set = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
    fakeBrowser.storage.sync.set = async (items: Record<string, unknown>) => {
      for (const [k, v] of Object.entries(items))
        if (new TextEncoder().encode(k + JSON.stringify(v)).length > QUOTA_BYTES_PER_ITEM)
          throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      return set(items);
    };
    const c = checkSettings({ ...DEFAULT_SETTINGS, notes: 'x'.repeat(9000), quietHours: { ...DEFAULT_SETTINGS.quietHours, why: 'x' } });
    expect(c.ok && Object.keys(c.value)).not.toContain('notes');
    expect(c.ok && Object.keys(c.value.quietHours)).not.toContain('why');
    await expect(saveSettings({ ...DEFAULT_SETTINGS, selfName: 'Alex', notes: 'x'.repeat(9000) })).resolves.toMatchObject({ ok: true });
    expect((await loadSettings()).selfName).toBe('Alex');
  });
  it('older saved settings gain new fields from the defaults', () => {
    const c = checkSettings({ bestPracticeHours: 3 });
    expect(c.ok && c.value).toMatchObject({ bestPracticeHours: 3, expectedHours: 24, badgeCounts: 'all' });
  });
});

describe('what a restore would change', () => {
  it('lists each changed group with its old and new value, and nothing when they are the same', () => {
    const backup = { ...DEFAULT_SETTINGS, selfName: 'Alex', quietHours: { enabled: true, start: '22:00', end: '07:00' } };
    expect(settingsChanges(DEFAULT_SETTINGS, backup)).toEqual([
      { key: 'quietHours', from: 'false · 22:00 · 08:00', to: 'true · 22:00 · 07:00' },
      { key: 'selfName', from: '–', to: 'Alex' },
    ]);
    expect(settingsChanges(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS })).toEqual([]);
  });
});

describe('away mode', () => {
  it('ends on the return date (local)', () => {
    const s = { ...DEFAULT_SETTINGS, away: { enabled: true, until: '2026-11-25' } };
    expect(isAway(s, new Date(2026, 10, 24, 23).getTime())).toBe(true);
    expect(isAway(s, new Date(2026, 10, 25, 0, 1).getTime())).toBe(false);
  });
});

describe('the routine reminder, the overdue list and the age of the view', () => {
  const reminder = (r: Partial<typeof DEFAULT_SETTINGS.reminder>) => ({
    ...DEFAULT_SETTINGS,
    reminder: { ...DEFAULT_SETTINGS.reminder, ...r },
  });
  it('off by default but for the overdue list; Monday to Friday; the view old after 2 h', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      reminder: { times: [], days: [1, 2, 3, 4, 5], oldViewHours: null },
      overdueDigest: true,
      staleAfterHours: 2,
    });
  });
  it('accepts 9:00, 13:00 and 17:00, Monday to Friday, and a reminder after 4 hours', () => {
    expect(checkSettings(reminder({ times: ['09:00', '13:00', '17:00'], oldViewHours: 4 })).ok).toBe(true);
  });
  it.each([
    ['a time that is not one', { times: ['25:00'] }, 'reminder.times', '"25:00" is not a time'],
    ['a time without minutes', { times: ['9'] }, 'reminder.times', '"9" is not a time'],
    ['the same time twice', { times: ['09:00', '09:00'] }, 'reminder.times', 'only once'],
    ['seven times a day', { times: ['01:00', '02:00', '03:00', '04:00', '05:00', '06:00', '07:00'] }, 'reminder.times', 'At most 6'],
    ['a day that is not one', { days: [7] }, 'reminder.days', 'days of the week'],
    ['times with no day', { times: ['09:00'], days: [] }, 'reminder.days', 'at least one day'],
    ['an old-view reminder of 0 hours', { oldViewHours: 0 }, 'reminder.oldViewHours', 'between 0.5 and 72'],
  ])('refuses %s, with the reason', (_, patch, field, reason) => {
    const c = checkSettings(reminder(patch as Partial<typeof DEFAULT_SETTINGS.reminder>));
    expect(c.ok).toBe(false);
    expect(!c.ok && c.errors[field]).toContain(reason);
  });
  it('refuses a view threshold outside 15 minutes to 72 hours', () => {
    const c = checkSettings({ ...DEFAULT_SETTINGS, staleAfterHours: 0 });
    expect(!c.ok && c.errors.staleAfterHours).toBeTruthy();
  });
  it('settings saved before these fields existed gain the defaults', () => {
    const { reminder: _r, overdueDigest: _d, ...older } = DEFAULT_SETTINGS;
    const c = checkSettings(older);
    expect(c.ok && c.value.reminder).toEqual(DEFAULT_SETTINGS.reminder);
    expect(c.ok && c.value.overdueDigest).toBe(true);
  });
});
