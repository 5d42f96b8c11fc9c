// The only code that writes the toolbar badge. What it shows is decided by
// badgeView (utils/rules/badge.ts); this adapter only hands it to the browser.
import { browser } from 'wxt/browser';
import type { BadgeView } from '@/utils/rules/badge';

export async function showBadge(view: BadgeView): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ text: view.text }),
    browser.action.setBadgeBackgroundColor({ color: view.color }),
    browser.action.setTitle({ title: view.title }),
    // Dark text on the light late fill; browsers without the call keep their own (white or black by contrast).
    browser.action.setBadgeTextColor?.({ color: view.textColor }),
  ]);
}
