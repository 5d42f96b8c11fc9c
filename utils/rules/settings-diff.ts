// What a restore would change in the user's settings, field group by field
// group, so the user can be asked before it replaces them. Pure.
import type { Settings } from './settings';

export interface SettingChange {
  key: keyof Settings;
  from: string;
  to: string;
}

/** A value as a short line: lists joined, groups as their values in order. */
export function settingText(v: unknown): string {
  if (Array.isArray(v)) return v.map(settingText).join(', ');
  if (v !== null && typeof v === 'object') return Object.values(v).map(settingText).join(' · ');
  return v === null || v === '' ? '–' : String(v);
}

export function settingsChanges(current: Settings, next: Settings): SettingChange[] {
  return (Object.keys(next) as (keyof Settings)[])
    .filter((key) => key !== 'version' && JSON.stringify(current[key]) !== JSON.stringify(next[key]))
    .map((key) => ({ key, from: settingText(current[key]), to: settingText(next[key]) }));
}
