import { Duration, RemovalPolicy } from 'aws-cdk-lib';
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
   * Check tokens at the gateway before the Lambda runs (it verifies them again itself). Unset:
   * the Lambda alone verifies, as in the China regions (see `PartitionFeatures.apiGatewayJwtAuthorizer`).
   */
  jwtAuthorizer?: { issuer: string; audience: string[] };
  /** Requests per second (and burst) across the whole API. */
  throttle: { rateLimit: number; burstLimit: number };
  /** Requests per second (and burst) on the login route: password guessing is slow by construction. */
  loginThrottle: { rateLimit: number; burstLimit: number };
  logRetention: logs.RetentionDays;
}

/** Routes anyone may call: no token to check, so the gateway's authorizer must not run on them. */
export const PUBLIC_ROUTES = ['GET /api/health', 'GET /api/openapi.json', 'GET /api/docs', 'POST /api/auth/login'] as const;
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

  constructor(scope: Construct, id: string, props: DabiaoHttpApiProps) {
    super(scope, id);
    const integration = new HttpLambdaIntegration('ApiIntegration', props.handler);
    this.api = new apigwv2.HttpApi(this, 'HttpApi', {
      description: 'Dabiao API',
      createDefaultStage: false,
      corsPreflight: {
        allowOrigins: props.webOrigins,
        allowMethods: [apigwv2.CorsHttpMethod.GET, apigwv2.CorsHttpMethod.POST, apigwv2.CorsHttpMethod.PUT, apigwv2.CorsHttpMethod.DELETE],
        allowHeaders: ['authorization', 'content-type', 'if-match'],
        // Read by the web app: rate-limit hints, 405 alternatives, export file names.
        exposeHeaders: ['retry-after', 'allow', 'content-disposition'],
        maxAge: Duration.hours(1),
      },
    });
    const authorizer = props.jwtAuthorizer
      ? new HttpJwtAuthorizer('JwtAuthorizer', props.jwtAuthorizer.issuer, { jwtAudience: props.jwtAuthorizer.audience })
      : undefined;
    new apigwv2.HttpRoute(this, 'DefaultRoute', {
      httpApi: this.api,
      routeKey: apigwv2.HttpRouteKey.DEFAULT,
      integration,
      ...(authorizer ? { authorizer } : {}),
    });
    // With an authorizer on $default, a preflight would need a token (and get 401): AWS's answer
    // is an OPTIONS route without one, which the gateway then answers from the CORS settings.
    const publicRoutes = [...PUBLIC_ROUTES, ...(authorizer ? ['OPTIONS /{proxy+}'] : [])];
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
        'AwsSolutions-APIG4': 'A public route: health, OpenAPI document, docs page, login, or a CORS preflight (which never carries a token)',
      });
    }
    if (!authorizer) {
      acknowledge(this, {
        'AwsSolutions-APIG4': 'No gateway authorizer here (China, or no issuer configured): the API Lambda verifies every token itself before any handler runs',
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
    // Route settings name a route key that must already exist when the stage is updated.
    this.stage.node.addDependency(routes.get(LOGIN_ROUTE)!);
    // RouteSettings is untyped JSON in the L1: the keys go to CloudFormation as written.
    (this.stage.node.defaultChild as apigwv2.CfnStage).routeSettings = {
      [LOGIN_ROUTE]: { ThrottlingRateLimit: props.loginThrottle.rateLimit, ThrottlingBurstLimit: props.loginThrottle.burstLimit },
    };
  }
}
