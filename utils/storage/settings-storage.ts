// Settings live in browser.storage.sync (they follow the user); thread data stays in IndexedDB.
import { browser } from 'wxt/browser';
import { checkSettings, DEFAULT_SETTINGS, type Checked, type Settings } from '@/utils/rules/settings';
import { TEMPLATES_KEY, type Template } from '@/utils/rules/templates';

export const SETTINGS_KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY];
  if (stored === undefined) return DEFAULT_SETTINGS;
  const checked = checkSettings(stored);
  if (!checked.ok) console.warn('Reply Window: stored settings are not valid, using the defaults', checked.errors);
  return checked.ok ? checked.value : DEFAULT_SETTINGS;
}

/** Saves the whole value or nothing. */
export async function saveSettings(input: unknown): Promise<Checked> {
  const checked = checkSettings(input);
  if (checked.ok) await browser.storage.sync.set({ [SETTINGS_KEY]: checked.value });
  return checked;
}

/** A restore's checked settings and templates in one write: the browser takes both or refuses both. */
export async function saveSettingsAndTemplates(settings: Settings, templates: Template[] | undefined): Promise<void> {
  await browser.storage.sync.set({ [SETTINGS_KEY]: settings, ...(templates && { [TEMPLATES_KEY]: templates }) });
}

export async function clearSettings(): Promise<void> {
  await browser.storage.sync.remove(SETTINGS_KEY);
}
