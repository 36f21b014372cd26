import { describe, expect, it } from 'vitest';
import { applyChoices, conflictRows, countEdits, defaultChoice, withValueAt } from './three-way';

const base = { answers: { facilities: { beds: 100, floorArea: 5000 }, talent: { doctors: 3 } }, evidence: { c1: [{ id: 'a' }] } };
const mine = { answers: { facilities: { beds: 120, floorArea: 5000 }, talent: { doctors: 4 } }, evidence: { c1: [{ id: 'a' }, { id: 'b' }] } };
const server = { answers: { facilities: { beds: 150, floorArea: 5200 }, talent: { doctors: 3 } }, evidence: { c1: [] } };

describe('offline conflicts, answer by answer', () => {
  it('counts the answers and evidence lists the user changed (待同步 n 项)', () => {
    expect(countEdits(base, mine)).toBe(3);
    expect(countEdits(base, base)).toBe(0);
  });

  it('lists every answer that differs and who changed it; the default keeps each side’s own change', () => {
    const rows = conflictRows(base, mine, server);
    expect(rows.map((r) => [r.path, r.mine, r.server, r.mineChanged, r.serverChanged, defaultChoice(r)])).toEqual([
      ['facilities.beds', 120, 150, true, true, 'mine'],
      ['facilities.floorArea', 5000, 5200, false, true, 'server'],
      ['talent.doctors', 4, 3, true, false, 'mine'],
    ]);
  });

  it('saves the chosen side of each answer over the server copy and drops no file', () => {
    const chosen = applyChoices(base, mine, server, { 'facilities.beds': 'server' });
    expect(chosen.answers).toEqual({ facilities: { beds: 150, floorArea: 5200 }, talent: { doctors: 4 } });
    // Both sides changed c1's files: the user's new file stays.
    expect(chosen.evidence.c1).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect(applyChoices(base, mine, server, { 'facilities.beds': 'mine', 'facilities.floorArea': 'mine', 'talent.doctors': 'server' }).answers).toEqual({ facilities: { beds: 120, floorArea: 5000 }, talent: { doctors: 3 } });
  });

  it('without a known base, every difference counts as changed on both sides', () => {
    expect(conflictRows(undefined, mine, server).every((r) => r.mineChanged && r.serverChanged)).toBe(true);
  });

  it('sets and removes nested answers without touching their siblings', () => {
    expect(withValueAt({ a: { b: 1, c: 2 } }, 'a.b', undefined)).toEqual({ a: { c: 2 } });
    expect(withValueAt({}, 'x.y', 5)).toEqual({ x: { y: 5 } });
  });

  describe("an expert's notes", () => {
    const b = { answers: { beds: 100 }, evidence: {}, notes: { 'surgery-share': '手术台账待核', beds: '床位已核' } };
    // Offline, the expert rewrote one note and added another; meanwhile the server copy got a note of its own.
    const m = { answers: { beds: 100 }, evidence: {}, notes: { 'surgery-share': '手术台账核减800例', beds: '床位已核', fever: '发热门诊未独立' } };
    const s = { answers: { beds: 100 }, evidence: {}, notes: { 'surgery-share': '手术台账待核', beds: '床位已核，含临时床位' } };

    it('lists each differing note with who changed it, keyed apart from answers', () => {
      const rows = conflictRows(b, m, s);
      expect(rows.map((r) => [r.kind, r.key, r.mine, r.server, r.mineChanged, r.serverChanged, defaultChoice(r)])).toEqual([
        ['note', 'note:surgery-share', '手术台账核减800例', '手术台账待核', true, false, 'mine'],
        ['note', 'note:beds', '床位已核', '床位已核，含临时床位', false, true, 'server'],
        ['note', 'note:fever', '发热门诊未独立', undefined, true, false, 'mine'],
      ]);
    });

    it('keeps both sides’ note changes by default, and honours a choice per note', () => {
      expect(applyChoices(b, m, s, {}).notes).toEqual({ 'surgery-share': '手术台账核减800例', beds: '床位已核，含临时床位', fever: '发热门诊未独立' });
      // A note of criterion "beds" and an answer at path "beds" are different rows.
      const chosen = applyChoices(b, { ...m, answers: { beds: 120 } }, s, { 'note:fever': 'server', beds: 'mine' });
      expect(chosen.notes).toEqual({ 'surgery-share': '手术台账核减800例', beds: '床位已核，含临时床位' });
      expect(chosen.answers).toEqual({ beds: 120 });
    });

    it('counts note edits as pending items, and adds no notes to a self-evaluation', () => {
      expect(countEdits(b, m)).toBe(2);
      expect(applyChoices(base, mine, server, {})).not.toHaveProperty('notes');
    });
  });
});
