// The popup's header (when Upwork was last read) and its notices about the page: an old view, a
// failed write, away mode, a layout not recognised, a room list not seen. Each says what it means for
// the user and what to do; the layout and list notices offer "Report a page problem".
import { t, type MessageKey } from '@/utils/text/i18n';
import { MINUTE } from '@/utils/model/time';
import { ago, localDate } from '@/utils/text/format';
import { TimeText } from './clock';
import type { PopupProps } from './popup-props';

/** What the reader could not find, as the user reads it; unknown codes are shown as they are. */
const missingText = (code: string) => {
  const key = `missing_${code}`;
  const text = t(key as MessageKey);
  return text === key ? code : text;
};

export function PopupHeader(p: PopupProps) {
  const { status } = p;
  return (
    <header class="popup-head">
      <h1>{t('popupTitle')}</h1>
      <p class="read-at" data-testid="read-at">
        {status.lastReadAt === null ? (
          t('popupNotRead')
        ) : (
          <TimeText
            of={(now) => t('popupReadAgo', ago(now - status.lastReadAt!))}
            step={(now) => Math.floor((now - status.lastReadAt!) / MINUTE)}
          />
        )}
      </p>
      {status.restoredFrom && (
        <p class="restored-from" data-testid="restored-from">
          {t('popupRestoredFrom', localDate(status.restoredFrom, 'date'))}
        </p>
      )}
      <button type="button" class="link-button" onClick={p.onOpenStats}>
        {t('popupStats')}
      </button>
      <button type="button" class="link-button" onClick={p.onOpenOptions}>
        {t('popupSettings')}
      </button>
    </header>
  );
}

export function PageNotices(p: PopupProps) {
  const { rooms, status } = p;
  return (
    <>
      {p.sight.kind === 'old' && (
        <section class="notice notice-stale" role="status" data-state="old-view">
          <p>{t('popupOldView', localDate(p.sight.since, 'weekday-time'))}</p>
          <button type="button" class="primary" onClick={p.onOpenInbox}>
            {t('popupOpenInbox')}
          </button>
        </section>
      )}
      {p.storageError && (
        <section class="notice notice-stale" role="alert" data-state="storage-error">
          <strong>{t('popupStorageError')}</strong> ({p.storageError.message}). {t('popupStorageErrorMore')}
        </section>
      )}
      {p.away && <p class="notice notice-away">{t('popupAway')}</p>}
      {status.layout === 'unrecognised' && (
        <section class="notice notice-stale" role="alert" data-state="layout-unrecognised">
          <p>
            <strong>{t('popupLayoutTitle')}</strong> {t('popupLayoutMeaning')}
            {rooms.length > 0 && ` ${t('popupLayoutStale')}`}
          </p>
          <p class="notice-detail">{t('popupLayoutMissing', status.missing.map(missingText).join(', ') || missingText('rows'))}</p>
          <div class="notice-actions">
            <button type="button" class="primary" onClick={p.onReloadUpwork ?? p.onOpenInbox}>
              {t('popupReloadUpwork')}
            </button>
            {p.onReport && (
              <button type="button" data-action="report" onClick={p.onReport}>
                {t('reportOpen')}
              </button>
            )}
          </div>
        </section>
      )}
      {status.layout !== 'unrecognised' && status.missing.includes('room_list') && (
        <section class="notice notice-stale" role="status" data-state="list-unseen">
          <p>{t('popupListUnseen')}</p>
          {p.onReport && (
            <div class="notice-actions">
              <button type="button" data-action="report" onClick={p.onReport}>
                {t('reportOpen')}
              </button>
            </div>
          )}
        </section>
      )}
    </>
  );
}
