export { outbox } from './outbox-instance';
export type { OutboxEvent, OutboxStatus } from './outbox';
export type { DraftContent, PendingDraft } from './pending-store';
export { SyncStatus } from './SyncStatus';
export { OfflineConflictDialog } from './OfflineConflictDialog';
export { applyChoices, conflictRows, countEdits } from './three-way';
