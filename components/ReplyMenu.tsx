// The open "Reply with…" menu: the templates filled for one room, the {by}
// choice, and where the text went. Loaded only when the user opens it, so the
// popup's first paint does not carry it.
import { useEffect, useState } from 'preact/hooks';
import type { AwaitingRoom } from '@/utils/rules/reply-windows';
import type { Template } from '@/utils/rules/templates';
import { sendCommand } from '@/utils/protocol/send';
import { loadTemplates } from '@/utils/storage/templates-storage';
import { byChoicesAt, byFallback, byLabel, holdingText } from '@/utils/text/holding-fill';
import { needsBy, type ByChoice } from '@/utils/text/holding-reply';
import { t } from '@/utils/text/i18n';

export function ReplyMenu({ room }: { room: AwaitingRoom }) {
  const { roomId, name, title } = room.thread;
  const [templates, setTemplates] = useState<Template[] | null>(null);
  const [now] = useState(Date.now);
  const [by, setBy] = useState<ByChoice>(() => byFallback(now));
  const [status, setStatus] = useState<{ message: string; text?: string } | null>(null);
  useEffect(() => void loadTemplates().then(setTemplates), []);

  async function choose(text: string) {
    setStatus({ message: t('replyWorking') });
    const answer = await sendCommand({ type: 'user:reply-with', roomId, text });
    // When the page could not take the text, it stays here too, to copy by hand.
    setStatus({ message: answer.message ?? t('replyNoTab'), text: answer.ok ? undefined : text });
  }

  const fill = (tpl: Template) => holdingText(tpl.text, { name, title }, needsBy(tpl.text) ? by : null, now);
  return (
    <>
      {templates && (
        <div class="reply-menu">
          {templates.some((tpl) => needsBy(tpl.text)) && (
            <fieldset class="reply-by">
              <legend>{t('replyByLegend')}</legend>
              {byChoicesAt(now).map((c) => (
                <label key={c}>
                  <input type="radio" name={`by-${roomId}`} checked={c === by} onChange={() => setBy(c)} /> {byLabel(c)}
                </label>
              ))}
            </fieldset>
          )}
          <ul class="reply-templates">
            {templates.map((tpl) => (
              <li key={tpl.id}>
                <button type="button" class="reply-template" data-template-id={tpl.id} onClick={() => void choose(fill(tpl))}>
                  <strong>{tpl.name}</strong>
                  <span class="reply-preview">{fill(tpl)}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {status && (
        <div class="reply-status" role="status" data-testid="reply-status">
          <p>{status.message}</p>
          {status.text && (
            <>
              <textarea readOnly value={status.text} aria-label={t('menuTitle')} />
              <button type="button" onClick={() => void navigator.clipboard.writeText(status.text!)}>
                {t('replyCopy')}
              </button>
            </>
          )}
        </div>
      )}
    </>
  );
}
