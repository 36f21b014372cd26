import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { tableDefinition, TTL_ATTRIBUTE } from '../functions/adapters/dynamodb/table-definition.js';
import { StatefulStack } from './stateful-stack.js';
import { PROJECT_ROOT, synthTestStacks } from './test-app.js';

let template: Template;
/** The stateful stack in a global region, where the user pool exists. */
let globalTemplate: Template;
beforeAll(() => {
  template = Template.fromStack(synthTestStacks({ bundle: false }).stateful);
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  globalTemplate = Template.fromStack(
    new StatefulStack(app, 'DabiaoStateful', { env: { account: '123456789012', region: 'ap-east-1' }, webOrigins: [], userPool: true }),
  );
}, 120000);

const resourcesOf = (type: string, from = template) => Object.entries(from.findResources(type));
const globalResourcesOf = (type: string) => resourcesOf(type, globalTemplate);
const globalOnly = (type: string) => only(type, globalTemplate);
const only = (type: string, from = template) => {
  const found = resourcesOf(type, from);
  expect(found).toHaveLength(1);
  return found[0]![1] as { Properties: Record<string, unknown>; DeletionPolicy?: string; UpdateReplacePolicy?: string };
};

describe('stateful stack: table', () => {
  it('has the keys and indexes the adapter creates locally', () => {
    const local = tableDefinition('x');
    const table = only('AWS::DynamoDB::Table').Properties as {
      KeySchema: unknown[];
      AttributeDefinitions: unknown[];
      GlobalSecondaryIndexes: Array<{ IndexName: string; KeySchema: unknown[]; Projection: unknown }>;
      BillingMode: string;
    };
    expect(table.KeySchema).toEqual(local.KeySchema);
    expect(table.BillingMode).toBe('PAY_PER_REQUEST');
    expect(new Set(table.AttributeDefinitions)).toEqual(new Set(local.AttributeDefinitions));
    const byName = (list: Array<{ IndexName?: string }>) => [...list].sort((a, b) => String(a.IndexName).localeCompare(String(b.IndexName)));
    expect(byName(table.GlobalSecondaryIndexes)).toEqual(byName(local.GlobalSecondaryIndexes ?? []));
  });

  it('has exactly the indexes ACCESS-PATTERNS.md documents', () => {
    const doc = `${PROJECT_ROOT}/functions/adapters/dynamodb/ACCESS-PATTERNS.md`;
    expect(existsSync(doc), 'the access patterns must be documented beside the adapter').toBe(true);
    // The indexes table at the top (before "## Items") names each as ``index `gsi5` ``.
    const text = readFileSync(doc, 'utf8').split('## Items')[0]!;
    const documented = new Set([...text.matchAll(/index `(gsi\d+)`/g)].map((m) => m[1]));
    const declared = (only('AWS::DynamoDB::Table').Properties.GlobalSecondaryIndexes as Array<{ IndexName: string }>).map((i) => i.IndexName);
    expect(new Set(declared)).toEqual(documented);
  });

  it('survives mistakes: point-in-time recovery, deletion protection, retained on stack deletion', () => {
    const table = only('AWS::DynamoDB::Table');
    expect(table.Properties).toMatchObject({
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      DeletionProtectionEnabled: true,
    });
    expect([table.DeletionPolicy, table.UpdateReplacePolicy]).toEqual(['Retain', 'Retain']);
  });

  it('copies no submission whole into an index: each projects keys, or keys with `data` (small entities) and `digest`', () => {
    const indexes = only('AWS::DynamoDB::Table').Properties.GlobalSecondaryIndexes as Array<{ IndexName: string; Projection: { ProjectionType: string; NonKeyAttributes?: string[] } }>;
    expect(Object.fromEntries(indexes.map((i) => [i.IndexName, [i.Projection.ProjectionType, ...(i.Projection.NonKeyAttributes ?? [])]]))).toEqual({
      gsi5: ['INCLUDE', 'data', 'digest'],
      gsi6: ['INCLUDE', 'data', 'digest'],
      gsi7: ['KEYS_ONLY'],
    });
  });

  it('declares, while a table is migrated (`-c tableIndexes=…`), exactly the indexes named, old or new', () => {
    const app = new App({ context: { 'aws:cdk:bundling-stacks': [], tableIndexes: 'gsi1,gsi2,gsi3,gsi4,gsi5' } });
    const midway = Template.fromStack(new StatefulStack(app, 'DabiaoStateful', { env: { account: '123456789012', region: 'cn-north-1' }, webOrigins: [], userPool: false }));
    const indexes = only('AWS::DynamoDB::Table', midway).Properties.GlobalSecondaryIndexes as Array<{ IndexName: string; Projection: { ProjectionType: string } }>;
    expect(indexes.map((i) => `${i.IndexName}:${i.Projection.ProjectionType}`)).toEqual(['gsi1:ALL', 'gsi2:ALL', 'gsi3:ALL', 'gsi4:INCLUDE', 'gsi5:INCLUDE']);
    const typo = new App({ context: { 'aws:cdk:bundling-stacks': [], tableIndexes: 'gsi1,gsi9' } });
    expect(() => new StatefulStack(typo, 'DabiaoStateful', { env: { account: '123456789012', region: 'cn-north-1' }, webOrigins: [], userPool: false })).toThrow(/unknown index gsi9/);
  });

  it('lets DynamoDB delete stale login attempt counters by their ttl attribute', () => {
    expect(only('AWS::DynamoDB::Table').Properties.TimeToLiveSpecification).toEqual({ AttributeName: TTL_ATTRIBUTE, Enabled: true });
  });
});

describe('stateful stack: evidence bucket', () => {
  it('is never public and only reachable over TLS', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
    const statements = resourcesOf('AWS::S3::BucketPolicy').flatMap(
      ([, r]) => (r as { Properties: { PolicyDocument: { Statement: Array<{ Effect: string; Principal?: unknown }> } } }).Properties.PolicyDocument.Statement,
    );
    const toEveryone = statements.filter((s) => s.Effect === 'Allow' && JSON.stringify(s.Principal).includes('"*"'));
    expect(toEveryone).toEqual([]);
  });

  it('accepts browser PUT uploads from the web origin only, and cleans up abandoned ones', () => {
    const bucket = only('AWS::S3::Bucket');
    expect(bucket.Properties.CorsConfiguration).toEqual({
      CorsRules: [expect.objectContaining({ AllowedMethods: ['PUT'], AllowedOrigins: ['https://dabiao.example.cn'] })],
    });
    expect(bucket.Properties.LifecycleConfiguration).toMatchObject({
      Rules: expect.arrayContaining([expect.objectContaining({ AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 }, Status: 'Enabled' })]),
    });
    expect([bucket.DeletionPolicy, bucket.UpdateReplacePolicy]).toEqual(['Retain', 'Retain']);
  });
  it('lets a browser send the headers a write-once, checksummed upload URL signs', () => {
    const rules = (only('AWS::S3::Bucket').Properties.CorsConfiguration as { CorsRules: Array<{ AllowedHeaders: string[] }> }).CorsRules;
    expect(rules[0]!.AllowedHeaders).toEqual(expect.arrayContaining(['content-type', 'if-none-match', 'x-amz-checksum-sha256']));
  });
});

describe('stateful stack: user pool', () => {
  it('is not created in the China regions, where Cognito does not exist', () => {
    expect(resourcesOf('AWS::Cognito::UserPool')).toEqual([]);
    expect(resourcesOf('AWS::Cognito::UserPoolClient')).toEqual([]);
    expect(resourcesOf('AWS::Cognito::UserPoolGroup')).toEqual([]);
  });

  it('has one group per role and an institutionId attribute; nobody signs themselves up', () => {
    const groups = globalResourcesOf('AWS::Cognito::UserPoolGroup').map(([, r]) => (r as { Properties: { GroupName: string } }).Properties.GroupName);
    expect(groups.sort()).toEqual(['admin', 'expert', 'institution']);
    const pool = globalOnly('AWS::Cognito::UserPool');
    expect(pool.Properties).toMatchObject({
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      DeletionProtection: 'ACTIVE',
      Schema: expect.arrayContaining([expect.objectContaining({ Name: 'institutionId', AttributeDataType: 'String', Mutable: true })]),
    });
    expect(pool.DeletionPolicy).toBe('Retain');
  });

  it('does not let a user rewrite their own institution or role through the app client', () => {
    const client = globalOnly('AWS::Cognito::UserPoolClient').Properties as { WriteAttributes: string[]; ReadAttributes: string[]; GenerateSecret: boolean };
    // The verifier trusts custom:institutionId (and would trust a custom:role): users must not write any custom attribute.
    expect(client.WriteAttributes.filter((name) => name.startsWith('custom:'))).toEqual([]);
    const schema = globalOnly('AWS::Cognito::UserPool').Properties.Schema as Array<{ Name: string }>;
    expect(schema.map((attribute) => attribute.Name)).not.toContain('role');
    expect(client.WriteAttributes.length).toBeGreaterThan(0);
    expect(client.ReadAttributes).toContain('custom:institutionId');
    expect(client.GenerateSecret).toBe(false);
  });
});

describe('stateful stack: logical IDs', () => {
  // Changing one of these makes CloudFormation replace the resource: a new, empty table or
  // bucket, or a user pool without its users. Rename constructs only with a migration plan.
  it.each([
    ['AWS::DynamoDB::Table', ['TableCD117FA1']],
    ['AWS::S3::Bucket', ['EvidenceBucketFBA44255']],
  ])('%s keeps its logical ID', (type, ids) => {
    expect(resourcesOf(type).map(([id]) => id)).toEqual(ids);
  });

  it.each([
    ['AWS::DynamoDB::Table', ['TableCD117FA1']],
    ['AWS::S3::Bucket', ['EvidenceBucketFBA44255']],
    ['AWS::Cognito::UserPool', ['UserPool6BA7E5F2']],
    ['AWS::Cognito::UserPoolClient', ['UserPoolWebClient4C9370B0']],
  ])('%s keeps its logical ID in the global partition too', (type, ids) => {
    expect(globalResourcesOf(type).map(([id]) => id)).toEqual(ids);
  });

  it('keeps the token signing key\'s logical ID (a new key would end every session and change the JWKS)', () => {
    const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
    const builtin = Template.fromStack(
      new StatefulStack(app, 'DabiaoStateful', { env: { account: '123456789012', region: 'cn-north-1' }, webOrigins: [], userPool: false, tokenSigning: 'RS256' }),
    );
    expect(resourcesOf('AWS::KMS::Key', builtin).map(([id]) => id)).toEqual(['TokenSigningKeyBF1D9E0A']);
  });
});
