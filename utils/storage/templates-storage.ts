// Holding-reply templates live in storage.sync under their own key, so they
// follow the user and a full settings object never has to carry them.
import { browser } from 'wxt/browser';
import { checkTemplates, defaultTemplates, TEMPLATES_KEY, type CheckedTemplates, type Template } from '@/utils/rules/templates';

/** The user's templates, or the defaults in the UI language until they save their own. */
export async function loadTemplates(): Promise<Template[]> {
  const stored = (await browser.storage.sync.get(TEMPLATES_KEY))[TEMPLATES_KEY];
  if (stored === undefined) return defaultTemplates();
  const checked = checkTemplates(stored);
  if (!checked.ok) console.warn('Reply Window: stored templates are not valid, using the defaults', checked.errors);
  return checked.ok ? checked.value : defaultTemplates();
}

/** The templates the user saved, or null while they use the defaults: what a backup carries. */
export async function storedTemplates(): Promise<Template[] | null> {
  const stored = (await browser.storage.sync.get(TEMPLATES_KEY))[TEMPLATES_KEY];
  const checked = stored === undefined ? null : checkTemplates(stored);
  return checked?.ok ? checked.value : null;
}

/** Saves the whole list or nothing; storage.sync's own refusal (a quota) comes back as the reason. */
export async function saveTemplates(input: unknown): Promise<CheckedTemplates> {
  const checked = checkTemplates(input);
  if (!checked.ok) return checked;
  try {
    await browser.storage.sync.set({ [TEMPLATES_KEY]: checked.value });
  } catch (e) {
    return { ok: false, errors: { all: String((e as Error)?.message ?? e) } };
  }
  return checked;
}

export async function clearTemplates(): Promise<void> {
  await browser.storage.sync.remove(TEMPLATES_KEY);
}
