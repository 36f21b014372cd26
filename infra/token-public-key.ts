import { CustomResource, Duration } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { TokenAlgorithm } from './deployment-config.js';
import { HandlerFunction } from './handler-function.js';

/** Props of {@link TokenPublicKey}. */
export interface TokenPublicKeyProps {
  projectRoot: string;
  /** The built-in identity's token-signing key. */
  signingKey: kms.IKey;
  algorithm: TokenAlgorithm;
  logRetention: logs.RetentionDays;
  tracing: boolean;
}

/**
 * Reads the token-signing KMS key's public JWK once per deploy (a custom resource backed by the
 * `token-public-key` Lambda, functions/handlers/token-public-key.ts), for the API's
 * `TOKEN_PUBLIC_JWK`: a cold API instance then verifies tokens without the KMS client and without
 * a GetPublicKey call on its first request. It runs again when the key or the algorithm changes;
 * a new key means a new JWK in the API's environment, hence new API instances that refuse tokens
 * of the old key (401: the web app signs in again with its refresh token, which is not a JWT).
 *
 * CDK's AwsCustomResource would need no Lambda of ours, but it decodes GetPublicKey's binary
 * `PublicKey` as UTF-8, which mangles the DER key; this function returns the JWK as text.
 */
export class TokenPublicKey extends Construct {
  readonly handler: HandlerFunction;
  /** The public JWK (JSON text, with `kid`, `alg` and `use`), resolved at deploy time. */
  readonly jwk: string;

  constructor(scope: Construct, id: string, props: TokenPublicKeyProps) {
    super(scope, id);
    this.handler = new HandlerFunction(this, 'Handler', {
      handler: 'token-public-key',
      projectRoot: props.projectRoot,
      serviceName: 'dabiao-token-public-key',
      // One KMS call; on a first deploy, access denials are retried for about 75 s while the
      // function's new policy reaches KMS (read-token-public-key.ts).
      timeout: Duration.minutes(2),
      memorySize: 256,
      environment: {},
      logRetention: props.logRetention,
      tracing: props.tracing,
    });
    // The public half only: this function can neither sign nor decrypt.
    this.handler.fn.addToRolePolicy(new iam.PolicyStatement({ actions: ['kms:GetPublicKey'], resources: [props.signingKey.keyArn] }));
    const resource = new CustomResource(this, 'Jwk', {
      serviceToken: this.handler.fn.functionArn,
      resourceType: 'Custom::DabiaoTokenPublicKey',
      properties: { KeyId: props.signingKey.keyArn, Algorithm: props.algorithm },
    });
    // The role's policy must exist before CloudFormation asks the function for the key.
    resource.node.addDependency(this.handler.fn.role!);
    this.jwk = resource.getAttString('Jwk');
  }
}
