// Every user-facing string comes from _locales (public/_locales/<lang>/messages.json)
// through browser.i18n. English ships, and Spanish proves it works.
import { browser } from 'wxt/browser';
import type en from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

/** Templates read once: the popup asks for hundreds of strings a second, and they never change. */
const templates = new Map<string, string>();

/** The message for `key`, with $1..$9 filled in. */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  let template = templates.get(key);
  if (template === undefined) {
    // Placeholders kept as "$1".. so we can fill them ourselves on every later call.
    template = browser.i18n.getMessage(key, ['$1', '$2', '$3', '$4', '$5', '$6', '$7', '$8', '$9']) || key;
    templates.set(key, template);
  }
  return subs.length ? template.replace(/\$(\d)/g, (m, n) => (subs[Number(n) - 1] ?? m).toString()) : template;
}

let language: string | undefined;
/** The browser's UI language, asked once: each call crosses into the browser (10 ms for a 200-room popup). */
export const uiLanguage = (): string => (language ??= browser.i18n.getUILanguage?.() ?? 'en');

let pluralRules: Intl.PluralRules | undefined;
let collator: Intl.Collator | undefined;
/** Names sorted the way the user's language sorts them; one collator, since building one per comparison is slow. */
export const compareNames = (a: string, b: string): number => (collator ??= new Intl.Collator(uiLanguage())).compare(a, b);

/** `key_one` or `key_other`, by the plural rules of the UI language. */
export function plural(key: string, n: number, ...subs: (string | number)[]): string {
  const form = (pluralRules ??= new Intl.PluralRules(uiLanguage())).select(n) === 'one' ? 'one' : 'other';
  return t(`${key}_${form}` as MessageKey, n, ...subs);
}
