// How long a room is kept. An agency inbox collects thousands of rooms; one
// answered and untouched for as long as the response log is kept (13 months)
// has nothing left to say. Pure.
import type { Invitation, Thread } from '@/utils/model/types';
import { isAwaiting } from './reply-windows';
import { LOG_TTL } from './response-log';

export const isForgotten = (t: Thread, now: number): boolean =>
  !isAwaiting(t) && !(t.deadline && t.deadline > now) && t.updatedAt < now - LOG_TTL;

/** An invitation received 13 months ago is past every figure (the rate looks back 90 days) and every window. */
export const isForgottenInvitation = (i: Invitation, now: number): boolean => i.receivedAt < now - LOG_TTL;
