// The worker's refresh (badge, plan, alarm) and the choices' sync pass (run on every wake), bundled by
// esbuild and run inside the extension's real service worker, against its real IndexedDB and chrome.* APIs.
import { refresh } from '@/entrypoints/background/refresh';
import { syncChoicesNow } from '@/utils/storage/choices-sync';

(globalThis as unknown as { __benchWorker: unknown }).__benchWorker = { refresh, syncChoicesNow };
