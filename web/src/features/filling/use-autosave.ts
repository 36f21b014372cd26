import { useCallback, useEffect, useRef, useState } from 'react';
import type { Schemas } from '../../api/client';
import { useAuth } from '../../auth/auth-context';
import { countEdits, outbox } from '../offline';
import { fetchSubmission, type SubmissionRecord } from './api/queries';
import { keepTyped } from './keep-typed';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'dirty' }
  | { kind: 'blocked' }
  | { kind: 'saving' }
  /** `opened`: the copy as the page opened it, saved on an earlier visit, not by an edit of this one. */
  | { kind: 'saved'; at: Date; opened?: boolean }
  /** `code`: the API's, when it refused the write (`account-disabled`: no retry will save it). */
  | { kind: 'error'; message: string; code?: string }
  /** No network: the edits are kept on the device (IndexedDB) and sync when it returns. */
  | { kind: 'offline'; pending: number }
  /** `base`: the copy the user's kept edits started from, when they were made offline. */
  | { kind: 'conflict'; server: SubmissionRecord; base?: Content };

/** What is saved: the answers and evidence, and (on the expert's page) notes per criterion. */
type Content = { answers: Record<string, unknown>; evidence: Record<string, Schemas['EvidenceFile'][]>; notes?: Record<string, string> };

const DEBOUNCE_MS = 1200;
const contentOf = (s: SubmissionRecord): Content => ({ answers: s.answers, evidence: (s.evidence ?? {}) as Content['evidence'], ...(s.notes ? { notes: s.notes } : {}) });
const isOnline = () => globalThis.navigator?.onLine ?? true;

/**
 * Saves the draft by itself, debounced, each write carrying the version last read. Every edit is
 * first written to the device's outbox, so it survives a lost network, a reload or a closed tab;
 * the outbox sends it when it can. A 409 stops saving and hands the user both sides: nothing is
 * overwritten until they choose. `onRestore`: edits kept from an earlier visit, for the form.
 */
export function useAutosave(initial: SubmissionRecord, enabled: boolean, options: { onRestore?(content: Content): void } = {}) {
  const user = useAuth().session?.user.sub ?? '';
  const version = useRef(initial.version);
  const latest = useRef<Content>(contentOf(initial));
  /** The server's copy at `version`, as last written or read. */
  const server = useRef<Content>(latest.current);
  const saved = useRef(JSON.stringify(latest.current));
  /** What the page last showed from elsewhere (the copy opened, kept edits put back): edits since are the user's. */
  const shown = useRef<Content>(latest.current);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const written = useRef<Promise<void>>(Promise.resolve());
  // Before the first edit nothing was saved by this visit: the draft's own last save, named as such.
  const [state, setState] = useState<SaveState>(() => (initial.updatedAt ? { kind: 'saved', at: new Date(initial.updatedAt), opened: true } : { kind: 'idle' }));
  const conflicted = useRef(false);
  const onRestore = useRef(options.onRestore);
  onRestore.current = options.onRestore;
  /**
   * Open once the edits kept on the device have been read (or there are none to read). Every
   * write to the outbox waits for it: the form reports its first change as it mounts, before the
   * effect below runs, and that copy (the server's, without the kept edits) written first replaced
   * the kept edits unread; a reload offline then showed an empty form.
   */
  const [restoredGate] = useState(() => {
    let open: () => void = () => undefined;
    const opened = new Promise<void>((resolve) => (open = resolve));
    return { opened, open };
  });

  const offlineState = useCallback((): SaveState => ({ kind: 'offline', pending: countEdits(server.current, latest.current) }), []);

  const showConflict = useCallback(
    async (base?: Content) => {
      conflicted.current = true;
      clearTimeout(timer.current);
      // Offline, the worker answers from its cache; with neither, the copy the page opened with.
      const fresh = await fetchSubmission(initial.id).catch(() => initial);
      setState({ kind: 'conflict', server: fresh, base });
    },
    [initial],
  );

  const flush = useCallback(async (): Promise<number | undefined> => {
    clearTimeout(timer.current);
    if (conflicted.current) return undefined;
    await written.current;
    if (!user || !isOnline()) {
      if (JSON.stringify(latest.current) !== saved.current) setState(offlineState());
      return JSON.stringify(latest.current) === saved.current ? version.current : undefined;
    }
    await outbox.sync(user);
    const left = await outbox.pending(user, initial.id);
    // Another tab's pass may have met the conflict: this page still has to show it.
    if (left?.state === 'conflict' && !conflicted.current) void showConflict(left.base as Content);
    return left ? undefined : version.current;
  }, [initial.id, user, offlineState, showConflict]);

  // What the outbox did with this draft.
  useEffect(
    () =>
      outbox.subscribe((e) => {
        if (e.submissionId !== initial.id) return;
        if (e.type === 'syncing') setState({ kind: 'saving' });
        else if (e.type === 'saved') {
          // Another tab sent a copy this page does not show: taking its version would let this
          // page's next write overwrite it unseen. Keep the old version; that write gets the 409.
          if (e.remote && JSON.stringify(e.content) !== JSON.stringify(latest.current)) return;
          version.current = e.version;
          server.current = e.content as Content;
          saved.current = JSON.stringify(e.content);
          setState(JSON.stringify(latest.current) === saved.current ? { kind: 'saved', at: new Date() } : { kind: 'dirty' });
        } else if (e.type === 'conflict') void outbox.pending(user, initial.id).then((kept) => showConflict(kept?.base as Content | undefined));
        else if (e.type === 'failed') setState({ kind: 'error', message: e.message, code: e.code });
        else setState(offlineState());
      }),
    [initial.id, user, showConflict, offlineState],
  );

  // Edits kept from an earlier visit (offline, or a tab closed before they were sent) come back.
  useEffect(() => {
    if (!enabled || !user) return restoredGate.open();
    let live = true;
    const restored = outbox.pending(user, initial.id).then((kept) => {
      if (!live || !kept) return;
      // Answers typed while the kept edits were being read (a slow device, just after a reload)
      // stay as typed; the kept edits come back everywhere else, on the page and in the outbox.
      const merged = keepTyped(shown.current, latest.current, kept.content as Content);
      shown.current = merged;
      latest.current = merged;
      onRestore.current?.(merged);
      if (merged !== kept.content) written.current = written.current.then(() => outbox.edit(user, initial.id, { version: kept.baseVersion, content: kept.base as Content }, merged)).catch(() => undefined);
      // The server moved on since these edits were made: the user chooses, answer by answer.
      if (kept.state === 'conflict' || kept.baseVersion < initial.version) return void showConflict(kept.base as Content);
      // The edits' base is at least as new as the copy opened (offline, the cached copy can be older).
      version.current = kept.baseVersion;
      server.current = kept.base as Content;
      saved.current = JSON.stringify(kept.base);
      if (kept.state === 'failed') setState({ kind: 'error', message: kept.message ?? '', code: kept.code });
      else if (!isOnline()) setState(offlineState());
      else void flush();
    });
    // Only a read whose result the page took opens the gate: one dropped because the effect ran
    // again (a new user or copy) leaves it to the next read, or the writes waiting would store
    // the copy without the kept edits over them.
    void restored.catch(() => undefined).finally(() => live && restoredGate.open());
    written.current = written.current.then(() => restored).catch(() => undefined);
    return () => {
      live = false;
    };
  }, [enabled, user, initial.id, initial.version, showConflict, flush, offlineState, restoredGate]);

  // Going offline while edits wait: say so at once rather than at the next failed write.
  useEffect(() => {
    const offline = () => JSON.stringify(latest.current) !== saved.current && !conflicted.current && setState(offlineState());
    window.addEventListener('offline', offline);
    return () => window.removeEventListener('offline', offline);
  }, [offlineState]);

  /**
   * Called on every edit; writes it to the outbox and schedules a sync unless nothing changed.
   * `blocked`: the answers break the form's schema (a negative count), which the server refuses
   * to store, so nothing is queued until the user corrects the field.
   */
  const change = useCallback(
    (content: Content, blocked = false) => {
      latest.current = content;
      if (!enabled || conflicted.current) return;
      if (blocked) {
        clearTimeout(timer.current);
        setState({ kind: 'blocked' });
        return;
      }
      // Written once the kept edits are read, as the page then holds them: what it shows (with the
      // kept edits put back) and the version they were made on, not this call's older copy.
      written.current = written.current
        .then(() => restoredGate.opened)
        .then(() => outbox.edit(user, initial.id, { version: version.current, content: server.current }, latest.current))
        .catch(() => undefined);
      clearTimeout(timer.current);
      if (JSON.stringify(content) === saved.current) {
        setState((s) => (s.kind === 'blocked' || s.kind === 'dirty' || s.kind === 'offline' ? { kind: 'saved', at: new Date() } : s));
      } else setState(isOnline() ? { kind: 'dirty' } : offlineState());
      timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
    },
    [enabled, flush, user, initial.id, offlineState, restoredGate],
  );

  /** The user's chosen copy after a conflict, written over the version they have now seen. */
  const resolve = useCallback(
    async (chosen: Content) => {
      if (state.kind !== 'conflict') return;
      const fresh = contentOf(state.server);
      version.current = state.server.version;
      server.current = fresh;
      saved.current = JSON.stringify(fresh);
      latest.current = chosen;
      conflicted.current = false;
      written.current = written.current.then(() => outbox.rebase(user, initial.id, { version: state.server.version, content: fresh }, chosen)).catch(() => undefined);
      setState(JSON.stringify(chosen) === saved.current ? { kind: 'saved', at: new Date() } : isOnline() ? { kind: 'dirty' } : offlineState());
      await flush();
    },
    [state, user, initial.id, flush, offlineState],
  );

  /** The user keeps their own answers: they are written over the version they have now seen. */
  const keepMine = useCallback(() => resolve(latest.current), [resolve]);

  /** The user takes the saved answers; returns them for the form. */
  const takeTheirs = useCallback((): Content | undefined => {
    if (state.kind !== 'conflict') return undefined;
    const taken = contentOf(state.server);
    void resolve(taken);
    return taken;
  }, [state, resolve]);

  useEffect(() => () => clearTimeout(timer.current), []);
  // Leaving the page: every edit is already on the device; send what can be sent. Only edits the
  // server would refuse (blocked) are not kept, so only then does the browser warn.
  useEffect(() => {
    const leave = (e: BeforeUnloadEvent) => {
      void flush();
      if (state.kind === 'blocked') e.preventDefault();
    };
    window.addEventListener('beforeunload', leave);
    return () => window.removeEventListener('beforeunload', leave);
  }, [flush, state.kind]);

  return { state, change, flush, keepMine, takeTheirs, resolve, version: () => version.current };
}
