import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { precompress } from './precompress.js';

describe('precompress', () => {
  let dir = '';
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('writes Brotli and gzip copies of the text files a browser downloads, each decoding to the file', async () => {
    dir = await mkdtemp(join(tmpdir(), 'precompress-'));
    await mkdir(join(dir, 'assets'));
    const js = 'export const form = "达标";\n'.repeat(200);
    await writeFile(join(dir, 'assets', 'app-abc.js'), js);
    await writeFile(join(dir, 'index.html'), `<title>达标</title>${' '.repeat(2000)}`);
    await writeFile(join(dir, 'tiny.js'), 'x()');
    await writeFile(join(dir, 'icon.png'), Buffer.alloc(4096, 1));
    const done = await precompress(dir);
    expect(done.map((f) => f.slice(dir.length + 1)).sort()).toEqual(['assets/app-abc.js', 'index.html']);
    const br = await readFile(join(dir, 'assets', 'app-abc.js.br'));
    expect(brotliDecompressSync(br).toString()).toBe(js);
    expect(gunzipSync(await readFile(join(dir, 'assets', 'app-abc.js.gz'))).toString()).toBe(js);
    expect(br.length).toBeLessThan(js.length / 10);
    // Too small to gain, or compressed already.
    expect(existsSync(join(dir, 'tiny.js.br'))).toBe(false);
    expect(existsSync(join(dir, 'icon.png.br'))).toBe(false);
  });

  it('finds nothing to do where nothing was built', async () => {
    expect(await precompress(join(tmpdir(), 'no-such-web-dist'))).toEqual([]);
  });
});
