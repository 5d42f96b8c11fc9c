// Options page: where the choices on rooms go (the browser's sync, when it is on) and how much of
// storage.sync is used. Sync being off or signed out cannot be seen from here, so the text says both.
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/text/i18n';

export function SyncSpace({ load, generation }: { load: () => Promise<{ bytes: number; quota: number }>; generation: number }) {
  const [used, setUsed] = useState<{ bytes: number; quota: number } | null>(null);
  useEffect(() => void load().then(setUsed, () => setUsed(null)), [generation]);
  return (
    <p class="hint" data-testid="sync-space">
      {t('syncChoicesIntro')}
      {used && <> {t('syncSpaceUsed', String(Math.ceil(used.bytes / 1024)), String(Math.round(used.quota / 1024)))}</>}
    </p>
  );
}
