import { Match, Template } from 'aws-cdk-lib/assertions';
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { tableDefinition } from '../functions/adapters/dynamodb/table-definition.js';
import { PROJECT_ROOT, synthTestStacks } from './test-app.js';

let template: Template;
beforeAll(() => {
  template = Template.fromStack(synthTestStacks({ bundle: false }).stateful);
});

const resourcesOf = (type: string) => Object.entries(template.findResources(type));
const only = (type: string) => {
  const found = resourcesOf(type);
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
    const text = readFileSync(doc, 'utf8');
    const documented = new Set([...text.matchAll(/\b(gsi\d+)(?:pk|sk)\b/g)].map((m) => m[1]));
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
  it('has one group per role and an institutionId attribute; nobody signs themselves up', () => {
    const groups = resourcesOf('AWS::Cognito::UserPoolGroup').map(([, r]) => (r as { Properties: { GroupName: string } }).Properties.GroupName);
    expect(groups.sort()).toEqual(['admin', 'expert', 'institution']);
    const pool = only('AWS::Cognito::UserPool');
    expect(pool.Properties).toMatchObject({
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      DeletionProtection: 'ACTIVE',
      Schema: expect.arrayContaining([expect.objectContaining({ Name: 'institutionId', AttributeDataType: 'String', Mutable: true })]),
    });
    expect(pool.DeletionPolicy).toBe('Retain');
  });

  it('does not let a user rewrite their own institution or role through the app client', () => {
    const client = only('AWS::Cognito::UserPoolClient').Properties as { WriteAttributes: string[]; ReadAttributes: string[]; GenerateSecret: boolean };
    // The verifier trusts custom:institutionId (and would trust a custom:role): users must not write any custom attribute.
    expect(client.WriteAttributes.filter((name) => name.startsWith('custom:'))).toEqual([]);
    const schema = only('AWS::Cognito::UserPool').Properties.Schema as Array<{ Name: string }>;
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
    ['AWS::Cognito::UserPool', ['UserPool6BA7E5F2']],
    ['AWS::Cognito::UserPoolClient', ['UserPoolWebClient4C9370B0']],
  ])('%s keeps its logical ID', (type, ids) => {
    expect(resourcesOf(type).map(([id]) => id)).toEqual(ids);
  });
});
