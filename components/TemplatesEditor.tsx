// The holding-reply templates: add, edit, reorder, delete; Save stores the whole
// list or nothing, and says why a template was refused. Names and texts are text.
import { useState } from 'preact/hooks';
import { MAX_TEMPLATE_CHARS, type CheckedTemplates, type Template, type TemplateErrors } from '@/utils/rules/templates';
import { unknownPlaceholders } from '@/utils/text/holding-reply';
import { t } from '@/utils/text/i18n';

export interface TemplatesEditorProps {
  initial: Template[];
  save: (templates: Template[]) => Promise<CheckedTemplates>;
}

let fresh = 0;
const newId = () => `u${Date.now().toString(36)}${(fresh++).toString(36)}`;

export function TemplatesEditor({ initial, save }: TemplatesEditorProps) {
  const [list, setList] = useState(initial);
  const [errors, setErrors] = useState<TemplateErrors>({});
  const [saved, setSaved] = useState<string | null>(null);
  const change = (next: Template[]) => {
    setList(next);
    setSaved(null);
  };
  const edit = (i: number, patch: Partial<Template>) => change(list.map((tpl, j) => (j === i ? { ...tpl, ...patch } : tpl)));
  const move = (i: number, by: number) => {
    const next = [...list];
    [next[i], next[i + by]] = [next[i + by], next[i]];
    change(next);
  };

  async function submit(e: Event) {
    e.preventDefault();
    const result = await save(list);
    setErrors(result.ok ? {} : result.errors);
    setSaved(t(result.ok ? 'optSaved' : 'optNotSaved'));
  }

  return (
    <form class="templates" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t('optTemplates')}</legend>
        <p class="fixed">{t('optTemplatesHelp')}</p>
        <ol class="template-list">
          {list.map((tpl, i) => {
            const unknown = unknownPlaceholders(tpl.text);
            const label = tpl.name || t('optTplNew');
            return (
              <li key={tpl.id} class="template" data-template-id={tpl.id}>
                <label>
                  {t('optTplName')}
                  <input type="text" maxLength={60} value={tpl.name} onInput={(e) => edit(i, { name: e.currentTarget.value })} />
                </label>
                <label>
                  {t('optTplText')}
                  <textarea
                    value={tpl.text}
                    aria-describedby={`tpl-help-${tpl.id}`}
                    aria-invalid={errors[i] ? true : undefined}
                    onInput={(e) => edit(i, { text: e.currentTarget.value })}
                  />
                </label>
                <p class="fixed" id={`tpl-help-${tpl.id}`}>
                  <span class={tpl.text.length > MAX_TEMPLATE_CHARS ? 'unknown' : undefined}>
                    {t('optTplChars', tpl.text.length, MAX_TEMPLATE_CHARS)}
                  </span>
                  {unknown.length > 0 && (
                    <span class="unknown" data-testid="unknown-placeholders">
                      {' · '}
                      {t('optTplUnknown', unknown.join(', '))}
                    </span>
                  )}
                </p>
                {errors[i] && (
                  <p class="error" role="alert">
                    {errors[i]}
                  </p>
                )}
                <div class="template-buttons">
                  <button type="button" disabled={i === 0} aria-label={t('optTplUp', label)} onClick={() => move(i, -1)}>
                    ↑
                  </button>
                  <button type="button" disabled={i === list.length - 1} aria-label={t('optTplDown', label)} onClick={() => move(i, 1)}>
                    ↓
                  </button>
                  <button type="button" onClick={() => change(list.filter((_, j) => j !== i))}>
                    {t('optTplDelete', label)}
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
        <button type="button" onClick={() => change([...list, { id: newId(), name: t('optTplNew'), text: '' }])}>
          {t('optTplAdd')}
        </button>
      </fieldset>
      {errors.all && (
        <p class="error" role="alert">
          {errors.all}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary">
          {t('optTplSave')}
        </button>
        <span role="status" class="saved">
          {saved}
        </span>
      </div>
    </form>
  );
}
