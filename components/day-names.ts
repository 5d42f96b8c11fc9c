// Short weekday names in the user's language: "Mon", "lun". The browser's Intl,
// not date-fns' locales, which would add kilobytes to the popup.
import { uiLanguage } from '@/utils/text/i18n';

let weekday: Intl.DateTimeFormat | undefined;
/** 0 Sunday .. 6 Saturday; 4 Jan 2026 was a Sunday. */
export const dayName = (d: number): string =>
  (weekday ??= new Intl.DateTimeFormat(uiLanguage(), { weekday: 'short' })).format(new Date(2026, 0, 4 + d));
