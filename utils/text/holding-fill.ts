// A holding reply as the user sees it offered: the template filled for one
// room, with {by} in the UI language's time format, and the {by} choices by name.
import { BY_CHOICES, byInstant, fillTemplate, formatBy, type ByChoice } from './holding-reply';
import { t, uiLanguage } from './i18n';

export interface RoomNames {
  name: string;
  title: string;
}

export function holdingText(text: string, room: RoomNames, choice: ByChoice | null, now: number): string {
  const at = choice === null ? null : byInstant(choice, now);
  return fillTemplate(text, {
    roomName: room.name,
    job: room.title,
    jobFallback: t('tplJobFallback'),
    by: at === null ? null : formatBy(at, now, uiLanguage()),
  });
}

const LABELS = { in1h: 'byIn1h', in3h: 'byIn3h', endOfDay: 'byEndOfDay', tomorrowMorning: 'byTomorrowMorning' } as const;
/** "in 1 h", "end of today"… */
export const byLabel = (choice: ByChoice) => t(LABELS[choice]);

/** The choices that still make sense now ("end of today" is gone in its last hour). */
export const byChoicesAt = (now: number): ByChoice[] => BY_CHOICES.filter((c) => byInstant(c, now) !== null);

/** The default time: three hours, the usual "I'll get back to you" promise. */
export const DEFAULT_BY: ByChoice = 'in3h';
export const byFallback = (now: number): ByChoice => (byChoicesAt(now).includes(DEFAULT_BY) ? DEFAULT_BY : 'in1h');
