/** The AWS partitions Dabiao deploys to: the global one and the China regions (Beijing, Ningxia). */
export type Partition = 'aws' | 'aws-cn';

/**
 * What a partition offers, where the stacks must choose. Each entry is one line of the table in
 * `infra/README.md`, with its source there.
 */
export interface PartitionFeatures {
  partition: Partition;
  /** DNS suffix of regional service endpoints (`amazonaws.com` / `amazonaws.com.cn`). */
  urlSuffix: string;
  /** Amazon Cognito user pools exist (not in the China regions). */
  cognito: boolean;
  /** Lambda's X-Ray integration (active tracing) exists (not in the China regions). */
  lambdaTracing: boolean;
  /** CloudFront origin access control for S3 origins (China: not recognised by CloudFormation; OAI instead). */
  cloudFrontOriginAccessControl: boolean;
  /** CloudFront may serve on its default domain (China: an ICP-filed alternate domain is required). */
  cloudFrontDefaultDomain: boolean;
  /** CloudFront takes its certificate from ACM in us-east-1 (China: from the IAM certificate store). */
  cloudFrontCertificateSource: 'acm' | 'iam';
}

const CHINA: PartitionFeatures = {
  partition: 'aws-cn',
  urlSuffix: 'amazonaws.com.cn',
  cognito: false,
  lambdaTracing: false,
  cloudFrontOriginAccessControl: false,
  cloudFrontDefaultDomain: false,
  cloudFrontCertificateSource: 'iam',
};

const GLOBAL: PartitionFeatures = {
  partition: 'aws',
  urlSuffix: 'amazonaws.com',
  cognito: true,
  lambdaTracing: true,
  cloudFrontOriginAccessControl: true,
  cloudFrontDefaultDomain: true,
  cloudFrontCertificateSource: 'acm',
};

/**
 * The features of the partition `region` belongs to. The stacks need a concrete region (not a
 * token) because the choice changes which resources exist, not only their ARNs.
 */
export function partitionFeatures(region: string): PartitionFeatures {
  if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(region)) {
    throw new Error(`"${region}" is not an AWS region: pass one with -c region=<region> (e.g. cn-north-1, ap-east-1)`);
  }
  if (region.startsWith('us-gov-') || region.startsWith('us-iso')) {
    throw new Error(`${region} is in a partition Dabiao is not built for (aws and aws-cn only)`);
  }
  return region.startsWith('cn-') ? CHINA : GLOBAL;
}
