import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { acknowledge } from './nag-checks.js';
import type { KeySchemaElement } from '@aws-sdk/client-dynamodb';
import { INDEXES, LEGACY_INDEXES, tableDefinition, TTL_ATTRIBUTE } from '../functions/adapters/dynamodb/table-definition.js';
import type { Role } from '../functions/domain/ports/token-verifier.js';
import type { TokenAlgorithm } from './deployment-config.js';

/** Props of {@link StatefulStack}. */
export interface StatefulStackProps extends StackProps {
  /** Origins allowed to PUT evidence straight to the bucket from a browser; none means any (the presigned URL is the permission). */
  webOrigins: string[];
  /** Create the Cognito user pool: only where Cognito exists (not in the China regions). */
  userPool: boolean;
  /** Create the built-in issuer's signing key, for this JWS algorithm (unset: another issuer signs). */
  tokenSigning?: TokenAlgorithm;
}

/**
 * The KMS key spec behind each JWS algorithm (RS256 signs with RSASSA_PKCS1_V1_5_SHA_256, ES256
 * with ECDSA_SHA_256). Both exist in the China regions (docs.amazonaws.cn, KMS "Supported
 * cryptographic algorithms").
 */
export const TOKEN_KEY_SPECS: Record<TokenAlgorithm, kms.KeySpec> = {
  RS256: kms.KeySpec.RSA_2048,
  ES256: kms.KeySpec.ECC_NIST_P256,
};

/** One Cognito group per role; the verifier reads membership from the `cognito:groups` claim. */
export const ROLE_GROUPS: readonly { role: Role; precedence: number; description: string }[] = [
  { role: 'admin', precedence: 0, description: 'Publishes checklists, runs rounds, sees everything' },
  { role: 'expert', precedence: 1, description: 'Evaluates institutions on site in assigned rounds' },
  { role: 'institution', precedence: 2, description: 'Self-evaluates its own institution (custom:institutionId)' },
];

/**
 * Everything that holds data: the table, the evidence bucket and the user pool. Kept apart from
 * the code so a bad deploy of the stateless stack can never replace them; each is retained on
 * stack deletion and guarded against deletion where the service allows it.
 */
export class StatefulStack extends Stack {
  readonly table: dynamodb.Table;
  readonly evidenceBucket: s3.Bucket;
  /** Unset where Cognito does not exist (the China regions): tokens come from another issuer there. */
  readonly userPool?: cognito.UserPool;
  readonly userPoolClient?: cognito.UserPoolClient;
  /** The built-in issuer's private key: it never leaves KMS; the API signs with kms:Sign. */
  readonly tokenSigningKey?: kms.Key;

  constructor(scope: Construct, id: string, props: StatefulStackProps) {
    super(scope, id, props);
    this.table = createTable(this, tableIndexesOf(this));
    this.evidenceBucket = createEvidenceBucket(this, props.webOrigins.length > 0 ? props.webOrigins : ['*']);
    new CfnOutput(this, 'TableName', { value: this.table.tableName });
    new CfnOutput(this, 'EvidenceBucketName', { value: this.evidenceBucket.bucketName });
    if (props.userPool) {
      this.userPool = createUserPool(this);
      this.userPoolClient = createUserPoolClient(this.userPool);
      new CfnOutput(this, 'UserPoolId', { value: this.userPool.userPoolId });
      new CfnOutput(this, 'UserPoolClientId', { value: this.userPoolClient.userPoolClientId });
    }
    if (props.tokenSigning) {
      this.tokenSigningKey = createTokenSigningKey(this, props.tokenSigning);
      new CfnOutput(this, 'TokenKeyArn', { value: this.tokenSigningKey.keyArn });
    }
  }
}

/**
 * The context setting `tableIndexes` (comma-separated names): the indexes to declare while a
 * table created before gsi5–gsi7 is migrated one index per deploy (CloudFormation adds or
 * removes at most one GSI per update; README "Migrating the table's indexes"). Unset: the
 * current indexes. Read here rather than in the app's deployment config because it is a
 * one-time, table-only step that must name exactly what `tableDefinition` knows.
 */
export function tableIndexesOf(scope: Construct): typeof INDEXES {
  const setting = scope.node.tryGetContext('tableIndexes') as string | undefined;
  if (setting === undefined || setting === '') return INDEXES;
  const known = [...INDEXES, ...LEGACY_INDEXES];
  return String(setting)
    .split(',')
    .map((name) => name.trim())
    .map((name) => {
      const index = known.find((i) => i.IndexName === name);
      if (!index) throw new Error(`tableIndexes: unknown index ${name} (known: ${known.map((i) => i.IndexName).join(', ')})`);
      return index;
    });
}

/**
 * The table shape comes from the adapter's own `tableDefinition` (the one local mode creates), so
 * keys and indexes cannot drift from `functions/adapters/dynamodb/ACCESS-PATTERNS.md`.
 */
function createTable(scope: Construct, indexes: typeof INDEXES): dynamodb.Table {
  const definition = tableDefinition('unused', indexes);
  const attribute = (name: string): dynamodb.Attribute => {
    const type = definition.AttributeDefinitions?.find((a) => a.AttributeName === name)?.AttributeType;
    if (type !== 'S') throw new Error(`key attribute ${name} must be a string in tableDefinition()`);
    return { name, type: dynamodb.AttributeType.STRING };
  };
  const keys = (schema: KeySchemaElement[] | undefined) => {
    const hash = schema?.find((k) => k.KeyType === 'HASH')?.AttributeName;
    const range = schema?.find((k) => k.KeyType === 'RANGE')?.AttributeName;
    if (!hash) throw new Error('tableDefinition() has a key schema without a HASH key');
    return { partitionKey: attribute(hash), ...(range ? { sortKey: attribute(range) } : {}) };
  };
  const table = new dynamodb.Table(scope, 'Table', {
    ...keys(definition.KeySchema),
    billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    deletionProtection: true,
    removalPolicy: RemovalPolicy.RETAIN,
    // Only login attempt counters carry it; every other item lives until replaced.
    timeToLiveAttribute: TTL_ATTRIBUTE,
  });
  for (const index of definition.GlobalSecondaryIndexes ?? []) {
    const projection = index.Projection?.ProjectionType;
    if (!index.IndexName || (projection !== 'ALL' && projection !== 'INCLUDE' && projection !== 'KEYS_ONLY')) {
      throw new Error('every GSI in tableDefinition() must be named and project ALL, INCLUDE or KEYS_ONLY');
    }
    table.addGlobalSecondaryIndex({
      indexName: index.IndexName,
      ...keys(index.KeySchema),
      ...(projection === 'INCLUDE'
        ? { projectionType: dynamodb.ProjectionType.INCLUDE, nonKeyAttributes: index.Projection!.NonKeyAttributes ?? [] }
        : { projectionType: projection === 'ALL' ? dynamodb.ProjectionType.ALL : dynamodb.ProjectionType.KEYS_ONLY }),
    });
  }
  return table;
}

function createEvidenceBucket(scope: Construct, webOrigins: string[]): s3.Bucket {
  const bucket = new s3.Bucket(scope, 'EvidenceBucket', {
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
    encryption: s3.BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    // Evidence backs a score: uploads are write-once (If-None-Match on the signed PUT), and
    // versioning keeps what an expert looked at even if an object were ever overwritten anyway.
    versioned: true,
    removalPolicy: RemovalPolicy.RETAIN,
    cors: [
      {
        allowedMethods: [s3.HttpMethods.PUT],
        allowedOrigins: webOrigins,
        // Every header the upload URL signs that a browser script sets itself (content-length it sets alone).
        allowedHeaders: ['content-type', 'if-none-match', 'x-amz-checksum-sha256'],
        exposedHeaders: ['etag'],
        maxAge: 3600,
      },
    ],
    lifecycleRules: [
      { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
      { id: 'expire-replaced-evidence', noncurrentVersionExpiration: Duration.days(365) },
    ],
  });
  acknowledge(bucket, {
    'AwsSolutions-S1': 'Every upload and download URL is signed by the API for a checked principal, and the API access log records the request; S3 server access logs (a second bucket, billed per object) can be added per deployment',
  });
  return bucket;
}

/**
 * The built-in issuer's signing key. Retained like the table: deleting it would end every session
 * at once and cannot be undone after the waiting period. Asymmetric keys cannot rotate
 * automatically; a new key is a new `kid` the JWKS publishes beside the old one.
 */
function createTokenSigningKey(scope: Construct, algorithm: TokenAlgorithm): kms.Key {
  return new kms.Key(scope, 'TokenSigningKey', {
    description: `Dabiao: signs the built-in issuer's access tokens (${algorithm})`,
    keySpec: TOKEN_KEY_SPECS[algorithm],
    keyUsage: kms.KeyUsage.SIGN_VERIFY,
    removalPolicy: RemovalPolicy.RETAIN,
    pendingWindow: Duration.days(30),
  });
}

function createUserPool(scope: Construct): cognito.UserPool {
  const userPool = new cognito.UserPool(scope, 'UserPool', {
    // Accounts are created by administrators: the role and institution are decided by them.
    selfSignUpEnabled: false,
    signInAliases: { username: true },
    standardAttributes: { email: { required: false, mutable: true } },
    customAttributes: {
      institutionId: new cognito.StringAttribute({ minLen: 1, maxLen: 64, mutable: true }),
    },
    passwordPolicy: { minLength: 12, requireSymbols: false },
    accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
    deletionProtection: true,
    removalPolicy: RemovalPolicy.RETAIN,
  });
  acknowledge(userPool, {
    'AwsSolutions-COG1': 'Twelve characters minimum without composition rules (NIST SP 800-63B: length over character classes)',
    'AwsSolutions-COG2': 'Accounts are created by administrators for hospital staff; requiring MFA is each commission’s decision (turn it on in the pool)',
    'AwsSolutions-COG8': 'The Plus feature plan is billed per active user; threat protection is not needed for admin-created accounts',
  });
  for (const group of ROLE_GROUPS) {
    userPool.addGroup(`${capitalize(group.role)}Group`, {
      groupName: group.role,
      precedence: group.precedence,
      description: group.description,
    });
  }
  return userPool;
}

function createUserPoolClient(userPool: cognito.UserPool): cognito.UserPoolClient {
  return userPool.addClient('WebClient', {
    generateSecret: false,
    authFlows: { userSrp: true, userPassword: true },
    preventUserExistenceErrors: true,
    idTokenValidity: Duration.hours(1),
    accessTokenValidity: Duration.hours(1),
    refreshTokenValidity: Duration.days(30),
    readAttributes: new cognito.ClientAttributes()
      .withStandardAttributes({ email: true, emailVerified: true })
      .withCustomAttributes('institutionId'),
    // Without an explicit list a user could rewrite custom:institutionId and see another
    // institution's submissions; only administrators (AdminUpdateUserAttributes) may set it.
    writeAttributes: new cognito.ClientAttributes().withStandardAttributes({ email: true }),
  });
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
