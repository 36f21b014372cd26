import { Annotations, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { WebDomain } from './deployment-config.js';
import { acknowledge, acknowledgeWildcardResources, BASIC_EXECUTION_ROLE_FINDING } from './nag-checks.js';
import type { PartitionFeatures } from './partition.js';

/** Props of {@link WebHosting}. */
export interface WebHostingProps {
  features: PartitionFeatures;
  /** Required in China (no default domain there); optional elsewhere. */
  domain?: WebDomain;
  /** Absolute path of the repository root: `web/dist` is deployed when it has been built. */
  projectRoot: string;
  /**
   * Origins the pages may call (the API, the evidence bucket, the identity provider): the CSP's
   * connect-src. Wildcards per service, not the API's own URL: the API's CORS names this
   * distribution, so naming the API here would be a dependency cycle.
   */
  connectSources: string[];
}

/**
 * Files whose names carry a content hash (Vite's `assets/`, Workbox's runtime): a new build
 * gives new names, so browsers and CloudFront may keep them for a year.
 */
export const HASHED_WEB_FILES = ['assets', 'assets/**', 'workbox-*.js'];

/** `Cache-Control` of the hashed files. */
export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/**
 * `Cache-Control` of everything else: `index.html`, `sw.js`, `manifest.webmanifest`,
 * `config.json`, the icons. A browser revalidates them on every load (a 304 when unchanged), so
 * a deploy reaches users at their next load, and the service worker sees the new `sw.js`.
 */
export const REVALIDATE_CACHE_CONTROL = 'no-cache';

/** Paths CloudFront never serves from its cache, whatever their object metadata says. */
export const NEVER_CACHED_PATHS = ['/index.html', '/sw.js', '/manifest.webmanifest', '/config.json'];

/** Where Swagger UI's files live in the bucket (`<prefix>/swagger-ui-dist/…`), for the API's `/api/docs` page. */
export const DOCS_ASSETS_PREFIX = 'docs';

/**
 * The web app: a private bucket behind CloudFront, reachable only through the distribution (origin
 * access control, or origin access identity where OAC does not exist), single-page routing,
 * security headers on every response, a runtime `config.json`, and the Swagger UI files that the
 * API's docs page loads (so the Lambda does not carry them).
 */
export class WebHosting extends Construct {
  readonly bucket: s3.Bucket;
  readonly distribution: cloudfront.Distribution;
  /** `https://<domain>`: the configured domain, or the distribution's own where that may serve. */
  readonly url: string;
  private readonly projectRoot: string;

  constructor(scope: Construct, id: string, props: WebHostingProps) {
    super(scope, id);
    const { features, domain } = props;
    this.bucket = new s3.Bucket(this, 'Bucket', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // Only build output lives here: a redeploy recreates it, so the stack may delete it.
      removalPolicy: RemovalPolicy.DESTROY,
      autoDeleteObjects: false,
    });
    const origin = features.cloudFrontOriginAccessControl
      ? origins.S3BucketOrigin.withOriginAccessControl(this.bucket)
      : origins.S3BucketOrigin.withOriginAccessIdentity(this.bucket);

    const headers = new cloudfront.ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'Dabiao web app: CSP, HSTS, no framing, no sniffing',
      securityHeadersBehavior: {
        contentSecurityPolicy: {
          contentSecurityPolicy: [
            "default-src 'self'",
            `connect-src 'self' ${props.connectSources.join(' ')}`,
            "img-src 'self' data: blob:",
            // JSON Forms' Material renderers inject <style> elements at run time.
            "style-src 'self' 'unsafe-inline'",
            "script-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
          ].join('; '),
          override: true,
        },
        strictTransportSecurity: { accessControlMaxAge: Duration.days(365), includeSubdomains: true, override: true },
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
        contentTypeOptions: { override: true },
        referrerPolicy: { referrerPolicy: cloudfront.HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
      },
    });

    // The objects' Cache-Control decides (set by deployContent): a year for hashed files,
    // revalidation for the rest. minTtl 0 so CloudFront honours `no-cache` (the root `/` and
    // deep links reach index.html through this behaviour, not through the paths below).
    const followOrigin = new cloudfront.CachePolicy(this, 'FollowOriginCachePolicy', {
      comment: 'Dabiao web app: as the object says (hashed files a year, the rest revalidated)',
      minTtl: Duration.seconds(0),
      defaultTtl: Duration.days(1),
      maxTtl: Duration.days(365),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });
    // index.html, the service worker, the manifest and config.json change with every deploy and
    // name everything else: never cached at the edge, even if an object lost its metadata.
    const neverCached = new cloudfront.CachePolicy(this, 'NeverCachedPolicy', {
      comment: 'Dabiao web app: index.html, sw.js, manifest.webmanifest, config.json',
      minTtl: Duration.seconds(0),
      defaultTtl: Duration.seconds(0),
      maxTtl: Duration.seconds(0),
    });
    const behaviour = (cachePolicy: cloudfront.ICachePolicy): cloudfront.BehaviorOptions => ({
      origin,
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      responseHeadersPolicy: headers,
      allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD,
      compress: true,
      cachePolicy,
    });

    const servesOnItsOwn = Boolean(domain) || features.cloudFrontDefaultDomain;
    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: 'Dabiao web app',
      defaultRootObject: 'index.html',
      // China: without an ICP-filed domain the distribution could not serve anyway; it is created
      // switched off so the rest of the deployment works, and enabled by configuring the domain.
      enabled: servesOnItsOwn,
      defaultBehavior: behaviour(followOrigin),
      additionalBehaviors: Object.fromEntries(NEVER_CACHED_PATHS.map((path) => [path, behaviour(neverCached)])),
      // Single-page routing: a deep link (/rounds/r1) is not an object; the app's index.html
      // answers it. Without ListBucket on the origin, a missing key is a 403, not a 404.
      errorResponses: [403, 404].map((httpStatus) => ({
        httpStatus,
        responseHttpStatus: 200,
        responsePagePath: '/index.html',
        ttl: Duration.seconds(10),
      })),
      ...(domain && features.cloudFrontCertificateSource === 'acm'
        ? {
            domainNames: [domain.name],
            certificate: acm.Certificate.fromCertificateArn(this, 'Certificate', domain.certificate),
            minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
          }
        : {}),
    });
    if (domain && features.cloudFrontCertificateSource === 'iam') {
      // CloudFront China takes certificates from the IAM store only, which the L2 cannot express.
      const cfn = this.distribution.node.defaultChild as cloudfront.CfnDistribution;
      cfn.addPropertyOverride('DistributionConfig.Aliases', [domain.name]);
      cfn.addPropertyOverride('DistributionConfig.ViewerCertificate', {
        IamCertificateId: domain.certificate,
        SslSupportMethod: 'sni-only',
        MinimumProtocolVersion: 'TLSv1.2_2021',
      });
    }
    if (!servesOnItsOwn) {
      Annotations.of(this).addWarningV2(
        'dabiao:web-domain-required',
        `${Stack.of(this).region} is in the China partition, where CloudFront cannot serve on its default domain: ` +
          'the web distribution is created disabled. Deploy with -c domainName=<ICP-filed domain> -c certificate=<IAM server certificate id>.',
      );
    }
    acknowledge(this.bucket, {
      'AwsSolutions-S1': 'Holds only the public build output of the web app; it is read through CloudFront alone',
    });
    acknowledge(this.distribution, {
      'AwsSolutions-CFR1': 'Users are commission and hospital staff wherever they travel; access is decided by sign-in at the API, not by geography',
      'AwsSolutions-CFR2': 'Serves static files only (the API is not behind it); a web ACL costs a monthly fee even idle and can be attached per deployment',
      'AwsSolutions-CFR3': 'Static public files; standard logs need an ACL-enabled log bucket. The API, where the data is, has its own access log',
      'AwsSolutions-CFR4': domain
        ? 'TLSv1.2_2021 is set (for the IAM certificate in China through a property override cdk-nag cannot see)'
        : 'On the default CloudFront domain the default certificate decides the protocol; configure a domain to get TLSv1.2_2021',
      ...(features.cloudFrontOriginAccessControl
        ? {}
        : { 'AwsSolutions-CFR7': 'Origin access control does not exist in the China regions; the origin access identity restricts the bucket instead' }),
    });
    this.url = `https://${domain?.name ?? this.distribution.distributionDomainName}`;
    this.projectRoot = props.projectRoot;
  }

  /**
   * Uploads the web app (`web/dist`, or a placeholder page until it is built), `config.json`
   * (`runtimeConfig`: what the app needs to find the API and the identity provider) and the
   * Swagger UI files under `docs/`. Hashed files go first, marked immutable; then the files that
   * name them (index.html, sw.js, …), marked for revalidation, so no page ever names a file that
   * is not there yet.
   */
  deployContent(runtimeConfig: Record<string, unknown>): void {
    const webDist = join(this.projectRoot, 'web', 'dist');
    const built = existsSync(webDist);
    const hashed = built
      ? new s3deploy.BucketDeployment(this, 'DeployHashedAssets', {
          destinationBucket: this.bucket,
          sources: [s3deploy.Source.asset(webDist, { exclude: ['*', ...HASHED_WEB_FILES.map((pattern) => `!${pattern}`)] })],
          // Old hashed files stay: a tab opened before the deploy still loads its chunks.
          prune: false,
          cacheControl: [s3deploy.CacheControl.fromString(IMMUTABLE_CACHE_CONTROL)],
          memoryLimit: 512,
        })
      : undefined;
    const appSources = built
      ? [s3deploy.Source.asset(webDist, { exclude: HASHED_WEB_FILES })]
      : [s3deploy.Source.data('index.html', PLACEHOLDER_PAGE)];
    const app = new s3deploy.BucketDeployment(this, 'DeployApp', {
      destinationBucket: this.bucket,
      sources: [...appSources, s3deploy.Source.jsonData('config.json', runtimeConfig)],
      // The docs files below share the bucket; pruning would delete them on every app deploy.
      prune: false,
      cacheControl: [s3deploy.CacheControl.fromString(REVALIDATE_CACHE_CONTROL)],
      distribution: this.distribution,
      distributionPaths: ['/', ...NEVER_CACHED_PATHS],
      memoryLimit: 512,
    });
    if (hashed) app.node.addDependency(hashed);
    new s3deploy.BucketDeployment(this, 'DeployDocsAssets', {
      destinationBucket: this.bucket,
      destinationKeyPrefix: `${DOCS_ASSETS_PREFIX}/swagger-ui-dist/`,
      sources: [
        s3deploy.Source.asset(join(this.projectRoot, 'node_modules', 'swagger-ui-dist'), {
          exclude: ['*', '!swagger-ui.css', '!swagger-ui-bundle.js'],
        }),
      ],
      memoryLimit: 512,
    });
    // CDK's own deployment function, a singleton at stack level.
    const stack = Stack.of(this);
    for (const child of stack.node.children.filter((c) => c.node.id.startsWith('Custom::CDKBucketDeployment'))) {
      acknowledge(child, {
        [BASIC_EXECUTION_ROLE_FINDING]: 'CDK’s BucketDeployment function: the basic execution role lets it write its logs',
        ...Object.fromEntries(
          ['s3:GetObject*', 's3:GetBucket*', 's3:List*', 's3:DeleteObject*', 's3:Abort*'].map((action) => [
            `AwsSolutions-IAM5[Action::${action}]`,
            'CDK’s BucketDeployment function: the action groups CDK grants it to copy assets into the web bucket',
          ]),
        ),
        'AwsSolutions-L1': 'CDK’s BucketDeployment function: its runtime is chosen by the CDK version',
        'Serverless-LambdaLatestVersion': 'CDK’s BucketDeployment function: its runtime is chosen by the CDK version',
        'Serverless-LambdaDLQ': 'Invoked synchronously by CloudFormation, which reports its failure',
        'Serverless-LambdaTracing': 'CDK’s BucketDeployment function runs only during deploys',
      });
      acknowledgeWildcardResources(child, 'CDK’s BucketDeployment function reads the CDK asset bucket and writes the web bucket', () => true);
    }
  }
}

const PLACEHOLDER_PAGE = `<!doctype html>
<html lang="zh-CN"><meta charset="utf-8"><title>达标 Dabiao</title>
<p>网页应用尚未构建。API 文档：<a href="/config.json">config.json</a> 中的 apiUrl 加上 /api/docs。</p>
<p>The web app is not built yet. API docs: the apiUrl in <a href="/config.json">config.json</a> followed by /api/docs.</p>
</html>
`;
