import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partitionFeatures } from './partition.js';
import { PROJECT_ROOT } from './test-app.js';
import { IMMUTABLE_CACHE_CONTROL, REVALIDATE_CACHE_CONTROL, WebHosting } from './web-hosting.js';

type Resource = { Type: string; Properties: Record<string, any>; DependsOn?: string[] }; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A repository root with a built web app (as `npm run web:build` leaves it) and the real node_modules. */
const root = mkdtempSync(join(tmpdir(), 'dabiao-web-cache-'));
const dist = join(root, 'web', 'dist');
for (const file of ['index.html', 'sw.js', 'manifest.webmanifest', 'workbox-5a1b2c3d.js', 'icons/icon-192.png', 'assets/index-DdY2k1aB.js', 'assets/index-C0ffee12.css']) {
  mkdirSync(join(dist, file, '..'), { recursive: true });
  writeFileSync(join(dist, file), file);
}
symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'));

const outdirs: string[] = [];
afterAll(() => [root, ...outdirs].forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The web hosting alone in a stack of `region`, synthesized with its assets staged. */
function synth(region: string) {
  const outdir = mkdtempSync(join(tmpdir(), 'dabiao-web-cache-out-'));
  outdirs.push(outdir);
  const app = new App({ outdir });
  const stack = new Stack(app, 'Web', { env: { account: '123456789012', region } });
  const features = partitionFeatures(region);
  const domain = features.cloudFrontDefaultDomain ? undefined : { name: 'dabiao.example.cn', certificate: 'ASCACKCEVSQ6C2EXAMPLE' };
  new WebHosting(stack, 'Web', { features, projectRoot: root, connectSources: [], ...(domain ? { domain } : {}) }).deployContent({ apiUrl: 'https://api.example' });
  const assembly = app.synth();
  const resources = Template.fromStack(stack).toJSON().Resources as Record<string, Resource>;
  /** Files of the staged asset a bucket deployment copies (relative paths). */
  const filesOf = (deployment: Resource) => {
    const hashes = JSON.stringify(deployment.Properties.SourceObjectKeys).match(/[0-9a-f]{64}/g) ?? [];
    return hashes.flatMap((hash) => {
      const dir = join(assembly.directory, `asset.${hash}`);
      return existsSync(dir) ? (readdirSync(dir, { recursive: true, withFileTypes: true }) as { isFile(): boolean; parentPath: string; name: string }[]).filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name))) : [];
    }).sort();
  };
  return { resources, filesOf };
}

describe.each(['cn-north-1', 'us-east-1'])('web caching in %s', (region) => {
  let r: ReturnType<typeof synth>;
  beforeAll(() => {
    r = synth(region);
  }, 120000);
  const ofType = (type: string) => Object.entries(r.resources).filter(([, res]) => res.Type === type);
  const deployment = (prefix: string) => ofType('Custom::CDKBucketDeployment').find(([id]) => id.startsWith(prefix))!;

  it('uploads index.html, sw.js, the manifest, config.json and the icons marked no-cache, and the hashed files immutable', () => {
    const [, app] = deployment('WebDeployApp');
    const [hashedId, hashed] = deployment('WebDeployHashedAssets');
    expect(app.Properties.SystemMetadata).toMatchObject({ 'cache-control': REVALIDATE_CACHE_CONTROL });
    expect(hashed.Properties.SystemMetadata).toMatchObject({ 'cache-control': IMMUTABLE_CACHE_CONTROL });
    expect(r.filesOf(app)).toEqual(expect.arrayContaining(['index.html', 'sw.js', 'manifest.webmanifest', 'icons/icon-192.png']));
    expect(r.filesOf(app).filter((f) => f.startsWith('assets/') || f.startsWith('workbox-'))).toEqual([]);
    expect(r.filesOf(hashed)).toEqual(['assets/index-C0ffee12.css', 'assets/index-DdY2k1aB.js', 'workbox-5a1b2c3d.js']);
    // The hashed files are in place before the page that names them.
    expect(app.DependsOn).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^${hashedId.slice(0, 20)}`))]));
  });

  it('never caches index.html, sw.js, the manifest and config.json at the edge, and honours no-cache on the rest', () => {
    const config = ofType('AWS::CloudFront::Distribution')[0]![1].Properties.DistributionConfig;
    const policies = Object.fromEntries(ofType('AWS::CloudFront::CachePolicy').map(([id, res]) => [id, res.Properties.CachePolicyConfig]));
    const policyOf = (behaviour: { CachePolicyId: { Ref: string } }) => policies[behaviour.CachePolicyId.Ref]!;
    const paths = Object.fromEntries((config.CacheBehaviors as { PathPattern: string; CachePolicyId: { Ref: string } }[]).map((b) => [b.PathPattern, policyOf(b)]));
    for (const path of ['/index.html', '/sw.js', '/manifest.webmanifest', '/config.json']) {
      expect(paths[path], path).toMatchObject({ MinTTL: 0, DefaultTTL: 0, MaxTTL: 0 });
    }
    // `/` and deep links reach index.html through the default behaviour: a minimum TTL of 0 lets its no-cache count.
    expect(policyOf(config.DefaultCacheBehavior)).toMatchObject({ MinTTL: 0 });
    expect(config.CustomErrorResponses.every((e: { ErrorCachingMinTTL: number }) => e.ErrorCachingMinTTL <= 10)).toBe(true);
  });

  it('invalidates the root and the never-cached paths on each deploy', () => {
    const [, app] = deployment('WebDeployApp');
    expect(app.Properties.DistributionPaths).toEqual(expect.arrayContaining(['/', '/index.html', '/sw.js', '/manifest.webmanifest', '/config.json']));
  });
});
