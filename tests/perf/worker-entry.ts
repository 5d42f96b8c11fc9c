// The worker's refresh (badge, plan, alarm), bundled by esbuild and run inside
// the extension's real service worker, against its real IndexedDB and chrome.* APIs.
import { refresh } from '@/entrypoints/background/refresh';

(globalThis as unknown as { __benchWorker: unknown }).__benchWorker = { refresh };
