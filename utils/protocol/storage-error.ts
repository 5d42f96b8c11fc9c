// A failed write to IndexedDB, kept where the popup can read it even when
// IndexedDB itself is what failed (browser.storage.local). Declared once here.
import { browser } from 'wxt/browser';
import type { StorageError } from '@/utils/model/types';
import { isObj, isStr, isTime } from './guards';

export const STORAGE_ERROR_KEY = 'storageError';

const isStorageError = (v: unknown): v is StorageError => isObj(v) && isTime(v.at) && isStr(v.message);

export async function readStorageError(): Promise<StorageError | null> {
  const v = (await browser.storage.local.get(STORAGE_ERROR_KEY))[STORAGE_ERROR_KEY];
  return isStorageError(v) ? v : null;
}

export async function reportStorageError(err: unknown, now: number): Promise<StorageError> {
  const error = { at: now, message: String((err as Error)?.message ?? err).slice(0, 500) };
  await browser.storage.local.set({ [STORAGE_ERROR_KEY]: error });
  return error;
}

export async function clearStorageError(): Promise<void> {
  await browser.storage.local.remove(STORAGE_ERROR_KEY);
}
