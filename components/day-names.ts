// Short weekday names in the user's language: "Mon", "lun".
import { format } from 'date-fns';
import { dateLocale } from '@/utils/text/i18n';

/** 0 Sunday .. 6 Saturday; 4 Jan 2026 was a Sunday. */
export const dayName = (d: number): string => format(new Date(2026, 0, 4 + d), 'EEE', { locale: dateLocale() });
