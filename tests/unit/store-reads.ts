// Counts the records IndexedDB hands back, per object store (through the store or any of its indexes):
// a read that grows with the whole store shows as thousands, one through an index as a few.
import { afterEach } from 'vitest';

type Reads = Map<string, number>;
const active: Reads[] = [];
let patched = false;

function add(store: string, n: number) {
  for (const r of active) r.set(store, (r.get(store) ?? 0) + n);
}

const storeOf = (source: IDBObjectStore | IDBIndex) => ('objectStore' in source ? source.objectStore.name : source.name);

function wrap(proto: IDBObjectStore | IDBIndex, name: 'get' | 'getAll' | 'openCursor' | 'getAllKeys' | 'openKeyCursor') {
  const original = (proto as unknown as Record<string, (...a: unknown[]) => IDBRequest>)[name];
  (proto as unknown as Record<string, unknown>)[name] = function (this: IDBObjectStore | IDBIndex, ...args: unknown[]) {
    const request = original.apply(this, args);
    const store = storeOf(this);
    request.addEventListener('success', () => {
      const r = request.result as unknown;
      if (Array.isArray(r)) add(store, r.length);
      else if (r !== undefined && r !== null) add(store, 1); // a record, a key, or each step of a cursor
    });
    return request;
  };
}

/** Starts counting; the returned map fills as records are read (stops at the end of the test). */
export function countReads(): Reads {
  if (!patched) {
    for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype])
      for (const m of ['get', 'getAll', 'openCursor', 'getAllKeys', 'openKeyCursor'] as const) wrap(proto, m);
    patched = true;
  }
  const reads: Reads = new Map();
  active.push(reads);
  return reads;
}

afterEach(() => {
  active.length = 0;
});
