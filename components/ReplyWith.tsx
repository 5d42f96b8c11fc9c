// "Reply with…": the holding-reply templates for one waiting room. Choosing one
// asks the worker to open the room and put the filled text in its reply box.
// Nothing is ever sent: the freelancer reads it and presses Send.
import type { FunctionComponent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AwaitingRoom } from '@/utils/rules/reply-windows';
import { t } from '@/utils/text/i18n';

type Menu = FunctionComponent<{ room: AwaitingRoom }>;
/** The menu's code, fetched the first time any row opens it (./ReplyMenu). */
let menuModule: Promise<Menu> | undefined;
const loadMenu = () => (menuModule ??= import('./ReplyMenu').then((m) => m.ReplyMenu));

export function ReplyWith({ room, startOpen = false }: { room: AwaitingRoom; startOpen?: boolean }) {
  const [open, setOpen] = useState(startOpen);
  const [Menu, setMenu] = useState<Menu | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => void (open && !Menu && loadMenu().then((m) => setMenu(() => m))), [open, Menu]);
  useEffect(() => void (startOpen && button.current?.focus()), [startOpen]);
  return (
    <div class="reply-with">
      <button
        type="button"
        ref={button}
        aria-expanded={open}
        aria-keyshortcuts="R"
        aria-label={t('replyWithAria', room.thread.name || t('thisClient'))}
        onClick={() => setOpen(!open)}
      >
        {t('replyWith')}
      </button>
      {open && Menu && <Menu room={room} />}
    </div>
  );
}
