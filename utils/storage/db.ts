// IndexedDB, as the rest of the extension uses it: one import for every store's reads and writes.
// Threads are written only by the service worker; the popup reads. Each module keeps one concern:
// connection.ts opens the database (schema.ts: the stores and numbered migrations), threads-store.ts
// the rooms and the page, room-writes.ts the user's actions, chosen-rooms.ts the index of the rooms
// with choices, notices-store.ts the handled warnings, prune-store.ts forgetting, invitations-store.ts
// the invitations, whole-store.ts delete-everything and restore.
export { DB_NAME, DB_VERSION, migrate } from './schema';
export { closeDb, db } from './connection';
export {
  allLog,
  allThreads,
  directRoomIds,
  dismissedThreads,
  getThread,
  logSince,
  pageStatus,
  popupThreads,
  roomNames,
  storeObservation,
  threadsToWatch,
} from './threads-store';
export { undoDismissal, updateThread } from './room-writes';
export { roomsWithChoices } from './chosen-rooms';
export { handledNotices, recordNotices } from './notices-store';
export { pruneLog, pruneThreads } from './prune-store';
export { allInvitations, proposalsStatus, pruneInvitations, storeInvitations } from './invitations-store';
export { deleteAllData, restoreBackup } from './whole-store';
