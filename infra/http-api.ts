import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { acknowledge } from './nag-checks.js';

/** Props of {@link DabiaoHttpApi}. */
export interface DabiaoHttpApiProps {
  handler: lambda.IFunction;
  /** Browser origins allowed to call the API (CORS). */
  webOrigins: string[];
  /**
   * What the gateway checks before the Lambda runs (the Lambda verifies tokens again itself),
   * given the API's base URL (the built-in issuer). Undefined: the Lambda alone verifies.
   */
  jwtAuthorizer: (baseUrl: string) => { issuer: string; audience: string[] } | undefined;
  /** Requests per second (and burst) across the whole API. */
  throttle: { rateLimit: number; burstLimit: number };
  /** Requests per second (and burst) on the login route: password guessing is slow by construction. */
  loginThrottle: { rateLimit: number; burstLimit: number };
  logRetention: logs.RetentionDays;
  /** The API's own domain (certificate from ACM in this region); unset: the execute-api URL. */
  domain?: { name: string; certificateArn: string };
}

/**
 * Routes anyone may call: no token to check, so the gateway's authorizer must not run on them.
 * Signing in and renewing a session (a refresh token is not a JWT), the issuer's discovery
 * document and keys (the gateway's own authorizer fetches them), health, and the API docs.
 */
export const PUBLIC_ROUTES = [
  'GET /api/health',
  'GET /api/openapi.json',
  'GET /api/docs',
  'POST /api/auth/login',
  'POST /api/auth/refresh',
  'POST /api/auth/logout',
  'GET /.well-known/openid-configuration',
  'GET /.well-known/jwks.json',
] as const;
/** Preflights carry no token; the gateway answers them from the CORS settings. */
export const PREFLIGHT_ROUTE = 'OPTIONS /{proxy+}';
/** The login route, throttled on its own. */
export const LOGIN_ROUTE = 'POST /api/auth/login';

/**
 * The HTTP API in front of the API Lambda: every route goes to it; CORS for the web origins
 * (preflights answered without a token); JSON access logs; throttling for the whole API and
 * tighter on login; optionally a JWT authorizer on everything that is not public.
 */
export class DabiaoHttpApi extends Construct {
  readonly api: apigwv2.HttpApi;
  readonly stage: apigwv2.HttpStage;
  readonly accessLogs: logs.LogGroup;
  /** The API's base URL without a trailing slash: its own domain when configured, else the execute-api one. */
  readonly baseUrl: string;
  /** Where the API domain's DNS record (CNAME) points; unset without a domain. */
  readonly domainTarget?: string;
  /** Checks tokens on every route but the public ones; unset when the gateway cannot check them. */
  readonly authorizer?: HttpJwtAuthorizer;

  constructor(scope: Construct, id: string, props: DabiaoHttpApiProps) {
    super(scope, id);
    const integration = new HttpLambdaIntegration('ApiIntegration', props.handler);
    this.api = new apigwv2.HttpApi(this, 'HttpApi', {
      description: 'Dabiao API',
      createDefaultStage: false,
      corsPreflight: {
        allowOrigins: props.webOrigins,
        allowMethods: [apigwv2.CorsHttpMethod.GET, apigwv2.CorsHttpMethod.POST, apigwv2.CorsHttpMethod.PUT, apigwv2.CorsHttpMethod.DELETE],
        // `prefer`: the outbox's saves ask for a minimal reply (`Prefer: return=minimal`, RFC 7240).
        allowHeaders: ['authorization', 'content-type', 'if-match', 'if-none-match', 'prefer'],
        // Read by the web app: rate-limit hints, 405 alternatives, export file names; a minimal save's version.
        exposeHeaders: ['retry-after', 'allow', 'content-disposition', 'etag', 'preference-applied'],
        maxAge: Duration.hours(1),
      },
    });
    const domainName = props.domain
      ? new apigwv2.DomainName(this, 'Domain', {
          domainName: props.domain.name,
          certificate: acm.Certificate.fromCertificateArn(this, 'Certificate', props.domain.certificateArn),
        })
      : undefined;
    this.baseUrl = domainName ? `https://${props.domain!.name}` : this.api.apiEndpoint;
    this.domainTarget = domainName?.regionalDomainName;
    const jwt = props.jwtAuthorizer(this.baseUrl);
    const authorizer = jwt ? new HttpJwtAuthorizer('JwtAuthorizer', jwt.issuer, { jwtAudience: jwt.audience }) : undefined;
    this.authorizer = authorizer;
    new apigwv2.HttpRoute(this, 'DefaultRoute', {
      httpApi: this.api,
      routeKey: apigwv2.HttpRouteKey.DEFAULT,
      integration,
      ...(authorizer ? { authorizer } : {}),
    });
    // With an authorizer on $default, a preflight would need a token (and get 401): AWS's answer
    // is an OPTIONS route without one, which the gateway then answers from the CORS settings.
    const publicRoutes = [...PUBLIC_ROUTES, ...(authorizer ? [PREFLIGHT_ROUTE] : [])];
    const routes = new Map<string, apigwv2.HttpRoute>();
    for (const routeKey of publicRoutes) {
      const [method, path] = routeKey.split(' ') as [string, string];
      const route = new apigwv2.HttpRoute(this, `Public${method}${path.replace(/[^A-Za-z0-9]/g, '')}`, {
        httpApi: this.api,
        routeKey: apigwv2.HttpRouteKey.with(path, method as apigwv2.HttpMethod),
        integration,
      });
      routes.set(routeKey, route);
      acknowledge(route, {
        'AwsSolutions-APIG4': 'A public route: health, OpenAPI document, docs page, sign-in/refresh/sign-out, the issuer discovery document and JWKS, or a CORS preflight (which never carries a token)',
      });
    }
    if (!authorizer) {
      acknowledge(this, {
        'AwsSolutions-APIG4': 'No gateway authorizer (ES256 built-in tokens, which API Gateway cannot verify): the API Lambda verifies every token itself before any handler runs',
      });
    }

    this.accessLogs = new logs.LogGroup(this, 'AccessLogs', { retention: props.logRetention, removalPolicy: RemovalPolicy.DESTROY });
    this.stage = this.api.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: props.throttle,
      accessLogSettings: {
        destination: new apigwv2.LogGroupLogDestination(this.accessLogs),
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            ip: '$context.identity.sourceIp',
            time: '$context.requestTime',
            routeKey: '$context.routeKey',
            status: '$context.status',
            latencyMs: '$context.responseLatency',
            integrationError: '$context.integrationErrorMessage',
            authorizerError: '$context.authorizer.error',
            responseLength: '$context.responseLength',
          }),
        ),
      },
    });
    if (domainName) new apigwv2.ApiMapping(this, 'DomainMapping', { api: this.api, domainName, stage: this.stage });
    // Route settings name a route key that must already exist when the stage is updated.
    this.stage.node.addDependency(routes.get(LOGIN_ROUTE)!);
    // RouteSettings is untyped JSON in the L1: the keys go to CloudFormation as written.
    (this.stage.node.defaultChild as apigwv2.CfnStage).routeSettings = {
      [LOGIN_ROUTE]: { ThrottlingRateLimit: props.loginThrottle.rateLimit, ThrottlingBurstLimit: props.loginThrottle.burstLimit },
    };
  }
}
