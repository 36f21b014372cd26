export { outbox } from './outbox-instance';
export type { OutboxEvent, OutboxStatus } from './outbox';
export type { DraftContent, PendingDraft } from './pending-store';
export { keptOnDevice } from './kept-on-device';
export { SyncStatus } from './SyncStatus';
export { applyChoices, conflictRows, countEdits } from './three-way';
// OfflineConflictDialog is not re-exported: pages import it lazily by path (only a conflict shows
// it), and a re-export here kept it, with MUI's dialog parts, in every page's first download.
