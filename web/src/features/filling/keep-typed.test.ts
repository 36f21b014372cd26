import { Actions, coreReducer, type JsonFormsCore } from '@jsonforms/core';
import { describe, expect, it } from 'vitest';
import { keepTyped, keepTypedMiddleware } from './keep-typed';

describe('an answer typed before an older copy arrives', () => {
  const shown = { facilities: { beds: 30 }, technology: {} };

  it('stays as typed; the copy fills in everything else, including answers the user did not touch', () => {
    const typed = { facilities: { beds: 30, floorArea: 5200 }, technology: {} };
    const kept = { facilities: { beds: 320 }, technology: { discharges: 41000 } };
    expect(keepTyped(shown, typed, kept)).toEqual({ facilities: { beds: 320, floorArea: 5200 }, technology: { discharges: 41000 } });
  });

  it('a cleared answer stays cleared; a changed one wins over the copy\'s value for it', () => {
    expect(keepTyped(shown, { facilities: {}, technology: {} }, { facilities: { beds: 320 }, technology: {} })).toEqual({ facilities: {}, technology: {} });
    expect(keepTyped(shown, { facilities: { beds: 31 }, technology: {} }, { facilities: { beds: 320 }, technology: {} })).toEqual({ facilities: { beds: 31 }, technology: {} });
  });

  it('nothing typed, or the copy already holds it: the copy itself (no new object for the form to re-render)', () => {
    const copy = { facilities: { beds: 320 }, technology: {} };
    expect(keepTyped(shown, shown, copy)).toBe(copy);
    expect(keepTyped(shown, { facilities: { beds: 320 }, technology: {} }, copy)).toBe(copy);
  });
});

describe('the form\'s middleware', () => {
  const schema = { type: 'object', properties: { a: { type: 'number' }, b: { type: 'number' } } };
  const uischema = { type: 'VerticalLayout', elements: [] };
  const update = (data: unknown, errors: unknown[] = []) => Actions.updateCore(data, schema, uischema as never, { additionalErrors: errors as never });

  function form(data: Record<string, unknown>) {
    const middleware = keepTypedMiddleware();
    let state = middleware({} as JsonFormsCore, Actions.init(data, schema, uischema as never), coreReducer);
    return {
      dispatch: (action: Parameters<typeof middleware>[1]) => (state = middleware(state, action, coreReducer)),
      get data() {
        return state.data as Record<string, unknown>;
      },
    };
  }

  it('a re-render with the same answers (new errors shown) does not undo a keystroke the page has not heard of yet', () => {
    const page = { a: 1 };
    const f = form(page);
    f.dispatch(Actions.update('a', () => 12));
    f.dispatch(update(page, [{ instancePath: '/b', message: 'x' }]));
    expect(f.data).toEqual({ a: 12 });
  });

  it('a new copy from the page keeps the keystroke and takes the rest; the page\'s own echo and a deliberate choice go through', () => {
    const f = form({ a: 1 });
    f.dispatch(Actions.update('a', () => 12));
    f.dispatch(update({ a: 1, b: 7 }));
    expect(f.data).toEqual({ a: 12, b: 7 });
    const echo = f.data;
    f.dispatch(update(echo));
    expect(f.data).toBe(echo);
    // Nothing typed since: the page's choice (the server's answers after a conflict) replaces the form's.
    f.dispatch(update({ a: 3 }));
    expect(f.data).toEqual({ a: 3 });
  });
});
