// Holding-reply templates: the defaults (in the UI language) and a validator
// that keeps them inside storage.sync's quotas. Pure but for the catalogue.
import { t } from '@/utils/text/i18n';

export interface Template {
  id: string;
  name: string;
  text: string;
}

export const MAX_TEMPLATE_CHARS = 2_000;
export const MAX_NAME_CHARS = 60;
export const MAX_TEMPLATES = 12;
/** storage.sync's QUOTA_BYTES_PER_ITEM (chrome.storage.sync, 2026): key plus JSON value, in UTF-8 bytes. */
export const SYNC_ITEM_BYTES = 8_192;
export const TEMPLATES_KEY = 'templates';

/** The three templates every catalogue language ships: an acknowledgement, a time promise, a polite decline. */
export function defaultTemplates(): Template[] {
  return [
    { id: 'ack', name: t('tplAckName'), text: t('tplAckText') },
    { id: 'by', name: t('tplByName'), text: t('tplByText') },
    { id: 'decline', name: t('tplDeclineName'), text: t('tplDeclineText') },
  ];
}

/** How many bytes storage.sync counts for the templates item. */
export const syncBytes = (templates: Template[]) => new TextEncoder().encode(TEMPLATES_KEY + JSON.stringify(templates)).length;

/** Per template index: what is wrong with it; `all` for the list as a whole. */
export type TemplateErrors = Partial<Record<number | 'all', string>>;
export type CheckedTemplates = { ok: true; value: Template[] } | { ok: false; errors: TemplateErrors };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The whole list, or why not: a template that would not fit is refused with the reason, and nothing is saved. */
export function checkTemplates(input: unknown): CheckedTemplates {
  if (!Array.isArray(input)) return { ok: false, errors: { all: t('errTplList') } };
  if (input.length > MAX_TEMPLATES) return { ok: false, errors: { all: t('errTplCount', MAX_TEMPLATES) } };
  const errors: TemplateErrors = {};
  const value: Template[] = [];
  input.forEach((raw, i) => {
    const tpl = isObj(raw) ? raw : {};
    const name = typeof tpl.name === 'string' ? tpl.name.trim() : '';
    const text = typeof tpl.text === 'string' ? tpl.text : '';
    if (!name || name.length > MAX_NAME_CHARS) errors[i] = t('errTplName', MAX_NAME_CHARS);
    else if (!text.trim()) errors[i] = t('errTplEmpty');
    else if (text.length > MAX_TEMPLATE_CHARS) errors[i] = t('errTplLong', text.length, MAX_TEMPLATE_CHARS);
    const given = typeof tpl.id === 'string' && /^[\w-]{1,40}$/.test(tpl.id) ? tpl.id : `t${i}`;
    const id = value.some((v) => v.id === given) ? `${given}-${i}` : given;
    value.push({ id, name, text });
  });
  if (Object.keys(errors).length) return { ok: false, errors };
  const bytes = syncBytes(value);
  if (bytes > SYNC_ITEM_BYTES) return { ok: false, errors: { all: t('errTplQuota', bytes, SYNC_ITEM_BYTES) } };
  return { ok: true, value };
}
