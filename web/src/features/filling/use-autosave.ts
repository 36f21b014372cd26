import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, type Schemas } from '../../api/client';
import { fetchSubmission, saveSubmission, type SubmissionRecord } from './api/queries';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'dirty' }
  | { kind: 'blocked' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'error'; message: string }
  | { kind: 'conflict'; server: SubmissionRecord };

/** What is saved: the answers and evidence, and (on the expert's page) notes per criterion. */
type Content = { answers: Record<string, unknown>; evidence: Record<string, Schemas['EvidenceFile'][]>; notes?: Record<string, string> };

const DEBOUNCE_MS = 1200;

/**
 * Saves the draft by itself, debounced, each write carrying the version last read. A 409 stops
 * saving and hands the user both sides: nothing is overwritten until they choose.
 */
export function useAutosave(initial: SubmissionRecord, enabled: boolean) {
  const version = useRef(initial.version);
  const latest = useRef<Content>({ answers: initial.answers, evidence: (initial.evidence ?? {}) as Content['evidence'], ...(initial.notes ? { notes: initial.notes } : {}) });
  const saved = useRef(JSON.stringify(latest.current));
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef(false);
  const [state, setState] = useState<SaveState>(() => ({ kind: 'saved', at: new Date(initial.updatedAt ?? Date.now()) }));
  const conflicted = useRef(false);

  const flush = useCallback(async (): Promise<number | undefined> => {
    clearTimeout(timer.current);
    if (conflicted.current || inFlight.current) return version.current;
    const body = latest.current;
    const text = JSON.stringify(body);
    if (text === saved.current) return version.current;
    inFlight.current = true;
    setState({ kind: 'saving' });
    try {
      const reply = await saveSubmission(initial.id, { version: version.current, ...body });
      version.current = reply.version;
      saved.current = text;
      setState(JSON.stringify(latest.current) === text ? { kind: 'saved', at: new Date() } : { kind: 'dirty' });
      return reply.version;
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && error.code === 'version-conflict') {
        conflicted.current = true;
        setState({ kind: 'conflict', server: await fetchSubmission(initial.id) });
      } else {
        setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
      }
      return undefined;
    } finally {
      inFlight.current = false;
      if (!conflicted.current && JSON.stringify(latest.current) !== saved.current) timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
    }
  }, [initial.id]);

  /**
   * Called on every edit; schedules a save unless nothing changed since the last one. `blocked`:
   * the answers break the form's schema (a negative count), which the server refuses to store, so
   * nothing is sent until the user corrects the field.
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
      if (JSON.stringify(content) === saved.current) {
        setState((s) => (s.kind === 'blocked' || s.kind === 'dirty' ? { kind: 'saved', at: new Date() } : s));
        return;
      }
      setState({ kind: 'dirty' });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
    },
    [enabled, flush],
  );

  /** The user keeps their own answers: they are written over the version they have now seen. */
  const keepMine = useCallback(async () => {
    if (state.kind !== 'conflict') return;
    version.current = state.server.version;
    conflicted.current = false;
    saved.current = '';
    await flush();
  }, [state, flush]);

  /** The user takes the saved answers; returns them for the form. */
  const takeTheirs = useCallback((): Content | undefined => {
    if (state.kind !== 'conflict') return undefined;
    const server = state.server;
    version.current = server.version;
    latest.current = { answers: server.answers, evidence: (server.evidence ?? {}) as Content['evidence'], ...(server.notes ? { notes: server.notes } : {}) };
    saved.current = JSON.stringify(latest.current);
    conflicted.current = false;
    setState({ kind: 'saved', at: new Date(server.updatedAt ?? Date.now()) });
    return latest.current;
  }, [state]);

  useEffect(() => () => clearTimeout(timer.current), []);
  // Leaving the page with unsaved edits: try once more, and let the browser warn.
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (JSON.stringify(latest.current) !== saved.current) {
        void flush();
        e.preventDefault();
      }
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [flush]);

  return { state, change, flush, keepMine, takeTheirs, version: () => version.current };
}
