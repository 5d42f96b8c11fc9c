// Issue 20, defect 12: a restore merges invitations field by field: an answer given here is never undone
// by a backup that saw the invitation listed later, and a backup's answer is kept.
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import type { Invitation } from '@/utils/model/types';
import { HOUR } from '@/utils/model/time';
import { invitationsToRestore } from '@/utils/storage/backup-invitations';

const T = Date.UTC(2026, 4, 4, 9);
const invitation = (over: Partial<Invitation> = {}): Invitation => ({
  id: '4242',
  title: 'Logo for a bakery',
  client: 'Acme',
  receivedAt: T - 3 * HOUR,
  exact: false,
  firstSeenAt: T - 2 * HOUR,
  lastSeenAt: T,
  ended: null,
  ...over,
});
const restore = (backup: Invitation, stored: Invitation) => invitationsToRestore([backup], new Map([[stored.id, stored]]))[0] ?? stored;

describe('restoring invitations', () => {
  it('"an answer is kept": a declined invitation is not revived by a backup that saw it listed later', () => {
    const here = invitation({ lastSeenAt: T - HOUR, ended: { at: T + 2 * HOUR, how: 'declined' } });
    const backup = invitation({ lastSeenAt: T + HOUR });
    expect(restore(backup, here).ended).toEqual({ at: T + 2 * HOUR, how: 'declined' });
    expect(restore(backup, here).lastSeenAt).toBe(T + HOUR);
  });

  it("the backup's answer is kept over a waiting copy here, and over one that is only gone from the list", () => {
    const answered = invitation({ ended: { at: T + HOUR, how: 'accepted' } });
    expect(restore(answered, invitation({ lastSeenAt: T + 3 * HOUR })).ended).toEqual({ at: T + HOUR, how: 'accepted' });
    expect(restore(answered, invitation({ ended: { at: T + 2 * HOUR, how: 'gone' } })).ended).toEqual({ at: T + HOUR, how: 'accepted' });
  });

  it('gone from the list, then listed again in the other copy: it waits again (as a read would say)', () => {
    const gone = invitation({ ended: { at: T + HOUR, how: 'gone' } });
    expect(restore(invitation({ lastSeenAt: T + 2 * HOUR }), gone).ended).toBeNull();
    expect(restore(invitation({ lastSeenAt: T + HOUR / 2 }), gone).ended).toEqual({ at: T + HOUR, how: 'gone' });
  });

  const end = fc.option(
    fc.record({
      at: fc.integer({ min: 0, max: 4 }).map((h) => T + h * HOUR),
      how: fc.constantFrom('accepted', 'declined', 'withdrawn', 'gone') as fc.Arbitrary<'gone'>,
    }),
  );
  const copy = fc.record({
    lastSeenAt: fc.integer({ min: 0, max: 4 }).map((h) => T + h * HOUR),
    receivedAt: fc.integer({ min: 3, max: 6 }).map((h) => T - h * HOUR),
    ended: end,
  });
  test.prop([copy, copy])('any two copies merge to the same record in either order, and a second restore writes nothing', (a, b) => {
    const [x, y] = [invitation(a), invitation(b)];
    expect(restore(x, y)).toEqual(restore(y, x));
    const once = restore(x, y);
    expect(invitationsToRestore([x], new Map([[once.id, once]]))).toEqual([]);
  });
});
