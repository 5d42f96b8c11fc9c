// Reads the extension's IndexedDB from one of its pages, independently of the product's code.
import type { Page } from '@playwright/test';

export function readStore<T = unknown>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const req = indexedDB.open('reply-window');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const all = req.result.transaction(name).objectStore(name).getAll();
          all.onsuccess = () => {
            req.result.close();
            resolve(all.result as T[]);
          };
        };
      }),
    store,
  );
}
