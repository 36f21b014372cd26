import { NotFoundError } from '../errors.js';
import type { ChecklistRecord, ChecklistSummary } from '../model/checklist-record.js';
import { contextFieldsOf, type ChecklistContextFields, type ContextFieldInfo } from './context-fields.js';
import { subjectOf } from './round-participants.js';
import type { ServiceDeps } from './service-deps.js';

/**
 * Reading published checklist definitions: one version, the list, a checklist's versions and the
 * context fields. Apart from publishing (checklist-service.ts) because the directory checks the
 * context an administrator sets with these reads alone, and it loads with every signed-in
 * request: publishing brings the checklist format's validation, form generation and every
 * criterion kind, which no read needs.
 */
export function createChecklistReader(deps: Pick<ServiceDeps, 'repos'>) {
  const { repos } = deps;

  const withSubject = (record: ChecklistRecord): ChecklistRecord => (record.subject ? record : { ...record, subject: subjectOf(record.definition) });

  /**
   * Summaries stored before `subject` was copied into them lack it: each such version is read
   * once (a Get) for its definition's subject. Versions published since carry it.
   */
  async function summariesWithSubject(list: ChecklistSummary[]): Promise<ChecklistSummary[]> {
    return Promise.all(
      list.map(async (s) => {
        if (s.subject) return s;
        const record = await repos.checklists.get(s.id, s.version);
        return { ...s, subject: record ? subjectOf(record.definition) : 'institution' };
      }),
    );
  }

  async function get(id: string, version?: number): Promise<ChecklistRecord> {
    if (version !== undefined) {
      const record = await repos.checklists.get(id, version);
      if (!record) throw new NotFoundError('Checklist', `${id}@${version}`);
      return withSubject(record);
    }
    const newest = (await repos.checklists.listVersions(id)).find((s) => s.status === 'published');
    const record = newest && (await repos.checklists.get(id, newest.version));
    if (!record) throw new NotFoundError('Checklist', id);
    return withSubject(record);
  }

  /** The published checklist versions, newest version of each id (or every version). */
  async function list(options: { allVersions?: boolean } = {}): Promise<ChecklistSummary[]> {
    const all = await repos.checklists.listAll();
    if (options.allVersions) return summariesWithSubject(all);
    const newest = new Map<string, ChecklistSummary>();
    for (const s of all) {
      if (s.status !== 'published') continue;
      const seen = newest.get(s.id);
      if (!seen || seen.version < s.version) newest.set(s.id, s);
    }
    return summariesWithSubject([...newest.values()].sort((a, b) => a.id.localeCompare(b.id)));
  }

  /**
   * Context fields per published version (`id@version`): versions are immutable, so a warm
   * instance reads each definition once. Bounded: emptied when it would hold more than this.
   */
  const contextFieldsMemo = new Map<string, ContextFieldInfo[]>();
  const CONTEXT_FIELDS_MEMO_MAX = 256;

  return {
    get,
    list,

    /**
     * The context fields (names, labels, the labels of their codes) of the newest published
     * version of each checklist: what a page needs to label context values without fetching whole
     * definitions. One Get per version not yet read by this instance.
     */
    async contextFields(): Promise<ChecklistContextFields[]> {
      const newest = await list();
      return Promise.all(
        newest.map(async (summary) => {
          const key = `${summary.id}@${summary.version}`;
          let fields = contextFieldsMemo.get(key);
          if (!fields) {
            fields = contextFieldsOf((await get(summary.id, summary.version)).definition);
            if (contextFieldsMemo.size >= CONTEXT_FIELDS_MEMO_MAX) contextFieldsMemo.clear();
            contextFieldsMemo.set(key, fields);
          }
          return { checklistId: summary.id, version: summary.version, subject: summary.subject ?? 'institution', title: summary.title, fields };
        }),
      );
    },

    /** Every version of one checklist, newest first, retired ones included. */
    async versions(id: string): Promise<ChecklistSummary[]> {
      const all = await repos.checklists.listVersions(id);
      if (!all.length) throw new NotFoundError('Checklist', id);
      return summariesWithSubject(all);
    },
  };
}

export type ChecklistReader = ReturnType<typeof createChecklistReader>;
