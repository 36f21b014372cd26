/**
 * What conditions read from a submission's context, laid out once per checklist version so a
 * score reads each context key once and its conditions then compare small integers.
 *
 * Every context key a condition names gets a slot; every value a list or a single-value match on
 * that key names gets a code (its bit in a mask). When a submission is graded, `SubmissionValues`
 * reads each slot's value once and looks up its code once; `compile-condition.ts` turns
 * `{ "hospital": ["renmin", "tcm"] }` into one mask test instead of a keyed read and an
 * `includes` per criterion. Conditions are also numbered by their JSON, so the same condition on
 * many criteria (the Haining checklist has 60 applicability conditions, 18 different) is
 * evaluated once per submission.
 */
export class ContextTable {
  /** The context key of each slot. */
  readonly keys: string[] = [];
  /** Per slot, the code of each value a match names (absent values never get one: they never match). */
  readonly codes: Map<unknown, number>[] = [];
  /** How many distinct conditions have a memo cell. */
  conditions = 0;
  private readonly slots = new Map<string, number>();
  private readonly conditionIds = new Map<string, number>();

  /** The slot of a context key, made on first use. */
  slotOf(key: string): number {
    let slot = this.slots.get(key);
    if (slot === undefined) {
      slot = this.keys.length;
      this.slots.set(key, slot);
      this.keys.push(key);
      this.codes.push(new Map());
    }
    return slot;
  }

  /**
   * A mask with one bit per value in `values` at `slot`, or undefined when the slot would need
   * more codes than a 32-bit mask holds (the condition then compares values instead).
   */
  maskOf(slot: number, values: readonly unknown[]): number | undefined {
    const codes = this.codes[slot]!;
    let mask = 0;
    for (const value of values) {
      if (value === undefined || value === null || value === '') continue;
      let code = codes.get(value);
      if (code === undefined) {
        if (codes.size >= 31) return undefined;
        code = codes.size;
        codes.set(value, code);
      }
      mask |= 1 << code;
    }
    return mask;
  }

  /** The memo cell of a condition, shared by every condition with the same JSON. */
  conditionId(condition: unknown): number {
    const key = JSON.stringify(condition);
    let id = this.conditionIds.get(key);
    if (id === undefined) {
      id = this.conditions++;
      this.conditionIds.set(key, id);
    }
    return id;
  }
}
