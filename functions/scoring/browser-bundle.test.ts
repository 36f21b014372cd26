import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('the engine in the browser', () => {
  it('bundles for the browser with no Node built-ins, so the live preview runs the same code', async () => {
    const result = await build({
      stdin: {
        contents: "export * from './index.js';",
        resolveDir: new URL('.', import.meta.url).pathname,
        loader: 'ts',
      },
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((i) => i.startsWith('node:'))).toBe(false);
    expect(inputs.some((i) => /hono|@aws-sdk|@middy|aws-lambda/.test(i))).toBe(false);
    expect(result.outputFiles[0]!.text.length).toBeGreaterThan(1000);
  });
});

describe('the published part of the engine (what the form page loads)', () => {
  it('holds no definition validator and no pattern engine (Valibot only for the kinds\' target schemas)', async () => {
    const result = await build({
      stdin: { contents: "export * from './published.js';", resolveDir: new URL('.', import.meta.url).pathname, loader: 'ts' },
      bundle: true, platform: 'browser', format: 'esm', write: false, metafile: true, logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((i) => i.includes('compile-published'))).toBe(true);
    // Valibot comes in with the criterion kinds (each kind's file declares its target's schema);
    // the definition validator, its schema, RE2 and Ajv stay out.
    expect(inputs.filter((i) => /re2js|validate-definition|definition-schema|node_modules\/ajv\//.test(i))).toEqual([]);
  });
});
