import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { preloadScript, routeFiles, routePreload, type BundleInfo } from './route-preload.js';

const chunk = (fileName: string, imports: string[], extra: { isEntry?: boolean; facadeModuleId?: string } = {}) => ({ type: 'chunk' as const, fileName, imports, isEntry: extra.isEntry ?? false, facadeModuleId: extra.facadeModuleId ?? null });

const bundle: BundleInfo = {
  'assets/index.js': chunk('assets/index.js', ['assets/runtime.js'], { isEntry: true, facadeModuleId: '/app/web/index.html' }),
  'assets/runtime.js': chunk('assets/runtime.js', []),
  'assets/FillPage.js': chunk('assets/FillPage.js', ['assets/index.js', 'assets/TextField.js', 'assets/runtime.js'], { facadeModuleId: '/app/web/src/features/filling/components/FillPage.tsx' }),
  'assets/TextField.js': chunk('assets/TextField.js', ['assets/useFormControl.js', 'assets/index.js']),
  'assets/useFormControl.js': chunk('assets/useFormControl.js', []),
  'assets/AdminHome.js': chunk('assets/AdminHome.js', ['assets/Charts.js'], { facadeModuleId: '/app/web/src/features/admin/components/AdminHome.tsx' }),
  'assets/Charts.js': chunk('assets/Charts.js', []),
  'index.html': { type: 'asset', fileName: 'index.html', source: '<html></html>' },
};

describe('routeFiles', () => {
  it('lists the route chunk and what it imports, transitively, but nothing the entry already loaded', () => {
    expect(routeFiles(bundle, 'src/features/filling/components/FillPage.tsx').sort()).toEqual(['assets/FillPage.js', 'assets/TextField.js', 'assets/useFormControl.js']);
  });

  it('fails the build when the route module is not a chunk of its own (a renamed page)', () => {
    expect(() => routeFiles(bundle, 'src/features/filling/components/Renamed.tsx')).toThrow(/no chunk is built from/);
  });
});

describe('preloadScript', () => {
  const script = preloadScript([{ pattern: '^/inst/fill/', files: ['assets/FillPage.js', 'assets/TextField.js'] }], '/');
  const run = async (path: string, sent?: Promise<void>) => {
    const appended: { rel: string; href: string; fetchPriority: string }[] = [];
    const document = { createElement: () => ({ rel: '', href: '', fetchPriority: '' }), head: { append: (l: { rel: string; href: string; fetchPriority: string }) => appended.push(l) } };
    runInNewContext(script, { location: { pathname: path }, document, window: { __dabiaoStart: sent ? { sent } : undefined }, Promise });
    await new Promise((r) => setTimeout(r, 0));
    return appended;
  };

  it('asks for the route files as module preloads on a matching path', async () => {
    expect(await run('/inst/fill/r1.h1.self')).toEqual([
      { rel: 'modulepreload', fetchPriority: 'low', href: '/assets/FillPage.js' },
      { rel: 'modulepreload', fetchPriority: 'low', href: '/assets/TextField.js' },
    ]);
  });

  it('asks for nothing on any other page (the login page does not pay for the form)', async () => {
    expect(await run('/login')).toEqual([]);
    expect(await run('/admin/inst/fill/x')).toEqual([]);
  });

  it('waits until the start module has sent the form\'s first read (chunk compiles would hold it back)', async () => {
    let sent!: () => void;
    const appended: unknown[] = [];
    const document = { createElement: () => ({}), head: { append: (l: unknown) => appended.push(l) } };
    runInNewContext(script, { location: { pathname: '/inst/fill/r1' }, document, window: { __dabiaoStart: { sent: new Promise<void>((r) => (sent = r)) } }, Promise });
    await new Promise((r) => setTimeout(r, 10));
    expect(appended).toEqual([]);
    sent();
    await new Promise((r) => setTimeout(r, 0));
    expect(appended).toHaveLength(2);
  });
});

describe('routePreload', () => {
  it('leaves a page built with the app\'s config but without its modules alone (the bench\'s bare JSON Forms page)', async () => {
    const plugin = routePreload({ '^/inst/fill/': 'src/features/filling/components/FillPage.tsx' }, { module: 'src/app/early-start.ts', call: 'startEarly' });
    (plugin.configResolved as (c: { base: string; root: string }) => void)({ base: '/', root: '/nonexistent/bare-page' });
    const html = { type: 'asset', fileName: 'index.html', source: '<script type="module" src="/main.js"></script>' };
    const emitted: unknown[] = [];
    const context = { emitFile: (f: unknown) => emitted.push(f), getFileName: () => 'x.js' };
    await (plugin.generateBundle as (this: unknown, o: unknown, b: unknown) => Promise<void>).call(context, {}, { 'index.html': html, 'assets/main.js': chunk('assets/main.js', [], { isEntry: true }) });
    expect(emitted).toEqual([]);
    expect(html.source).toBe('<script type="module" src="/main.js"></script>');
  });
});
