// The holding-reply templates: add, edit, reorder, delete. Each change is saved as it is made (typing:
// after a pause), the whole list or nothing; a refused template says why, under it. Names and texts are text.
import { useRef, useState } from 'preact/hooks';
import { MAX_TEMPLATE_CHARS, type CheckedTemplates, type Template, type TemplateErrors } from '@/utils/rules/templates';
import { unknownPlaceholders } from '@/utils/text/holding-reply';
import { t } from '@/utils/text/i18n';
import { useAutosave } from './autosave';

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
  const saves = useRef(0);
  const { later, flush } = useAutosave(async (next: Template[]) => {
    const mine = ++saves.current;
    const result = await save(next);
    if (mine !== saves.current) return; // an older answer, overtaken by a later change
    setErrors(result.ok ? {} : result.errors);
    setSaved(t(result.ok ? 'optSaved' : 'optTplNotSaved'));
  });
  /** `delay` 0: a button's change is saved at once; typing waits for a pause. A new, empty template waits for its text. */
  const change = (next: Template[], delay?: number | null) => {
    setList(next);
    setSaved(null);
    if (delay !== null) later(next, delay);
  };
  const edit = (i: number, patch: Partial<Template>) => change(list.map((tpl, j) => (j === i ? { ...tpl, ...patch } : tpl)));
  const move = (i: number, by: number) => {
    const next = [...list];
    [next[i], next[i + by]] = [next[i + by], next[i]];
    change(next, 0);
  };

  return (
    <form class="templates" onSubmit={(e) => (e.preventDefault(), flush())} onFocusOut={flush} noValidate>
      <div class="templates-body">
        <p class="fixed">{t('optTemplatesHelp')}</p>
        <ol class="template-list">
          {list.map((tpl, i) => {
            const unknown = unknownPlaceholders(tpl.text);
            const label = tpl.name || t('optTplNew');
            return (
              <li key={tpl.id} class="template" data-template-id={tpl.id}>
                <div class="template-head">
                  <label class="row">
                    {t('optTplName')}
                    <input type="text" maxLength={60} value={tpl.name} onInput={(e) => edit(i, { name: e.currentTarget.value })} />
                  </label>
                  <div class="template-buttons">
                    <button type="button" disabled={i === 0} aria-label={t('optTplUp', label)} onClick={() => move(i, -1)}>
                      ↑
                    </button>
                    <button type="button" disabled={i === list.length - 1} aria-label={t('optTplDown', label)} onClick={() => move(i, 1)}>
                      ↓
                    </button>
                    <button
                      type="button"
                      onClick={() =>
                        change(
                          list.filter((_, j) => j !== i),
                          0,
                        )
                      }
                    >
                      {t('optTplDelete', label)}
                    </button>
                  </div>
                </div>
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
              </li>
            );
          })}
        </ol>
        <button type="button" onClick={() => change([...list, { id: newId(), name: t('optTplNew'), text: '' }], null)}>
          {t('optTplAdd')}
        </button>
      </div>
      {errors.all && (
        <p class="error" role="alert">
          {errors.all}
        </p>
      )}
      <p role="status" class={`saved autosaved${saved ? ' shown' : ''}`}>
        {saved}
      </p>
    </form>
  );
}
