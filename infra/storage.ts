import { documentsBucket, secrets, table as tableSpec } from '@chatter/resources'
import { AttributeType, BillingMode, ProjectionType, Table } from 'aws-cdk-lib/aws-dynamodb'
import { Key } from 'aws-cdk-lib/aws-kms'
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  HttpMethods,
  type LifecycleRule,
  StorageClass,
} from 'aws-cdk-lib/aws-s3'
import { Secret } from 'aws-cdk-lib/aws-secretsmanager'
import { Duration, RemovalPolicy } from 'aws-cdk-lib/core'
import type { StackContext } from 'sst/constructs'
import { deploySettings } from './settings'

interface LifecycleSpec {
  id: string
  prefix?: string
  abortIncompleteMultipartUploadAfterDays?: number
  expirationDays?: number
  transitionToIaAfterDays?: number
}

function lifecycleRule(rule: LifecycleSpec): LifecycleRule {
  const days = (value: number | undefined) =>
    value === undefined ? undefined : Duration.days(value)
  return {
    id: rule.id,
    prefix: rule.prefix,
    abortIncompleteMultipartUploadAfter: days(rule.abortIncompleteMultipartUploadAfterDays),
    expiration: days(rule.expirationDays),
    transitions:
      rule.transitionToIaAfterDays === undefined
        ? undefined
        : [
            {
              storageClass: StorageClass.INFREQUENT_ACCESS,
              transitionAfter: Duration.days(rule.transitionToIaAfterDays),
            },
          ],
  }
}

/** Stateful: the single table, the documents bucket and the token-signing key. Kept when a non-disposable stage goes. */
export function Storage({ app, stack }: StackContext) {
  const settings = deploySettings(app.stage)
  const removalPolicy = settings.disposable ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN

  const table = new Table(stack, tableSpec.id, {
    partitionKey: { name: tableSpec.partitionKey, type: AttributeType.STRING },
    sortKey: { name: tableSpec.sortKey, type: AttributeType.STRING },
    billingMode: BillingMode.PAY_PER_REQUEST,
    timeToLiveAttribute: tableSpec.ttlAttribute,
    pointInTimeRecoverySpecification: {
      pointInTimeRecoveryEnabled: tableSpec.pointInTimeRecovery,
    },
    deletionProtection: !settings.disposable,
    removalPolicy,
  })
  for (const index of tableSpec.globalIndexes) {
    table.addGlobalSecondaryIndex({
      indexName: index.name,
      partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
      sortKey: { name: index.sortKey, type: AttributeType.STRING },
      projectionType: ProjectionType.ALL,
    })
  }

  const lifecycle: readonly LifecycleSpec[] = documentsBucket.lifecycle
  const bucket = new Bucket(stack, documentsBucket.id, {
    encryption: BucketEncryption.S3_MANAGED,
    blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
    enforceSSL: true,
    // Browsers upload straight to S3 with presigned PUTs; the signature is the authorisation,
    // so with no configured origins any page may upload with a URL the API handed out.
    cors: [
      {
        allowedOrigins: settings.corsOrigins.length > 0 ? settings.corsOrigins : ['*'],
        allowedMethods: documentsBucket.cors.allowedMethods.map((method) => HttpMethods[method]),
        allowedHeaders: [...documentsBucket.cors.allowedHeaders],
        exposedHeaders: [...documentsBucket.cors.exposedHeaders],
        maxAge: documentsBucket.cors.maxAgeSeconds,
      },
    ],
    lifecycleRules: lifecycle.map(lifecycleRule),
    removalPolicy,
    autoDeleteObjects: settings.disposable,
  })

  stack.addOutputs({ TableName: table.tableName, BucketName: bucket.bucketName })
  // Generated in the account, never seen by the deployer or stored in the template.
  const accessTokenKey = new Secret(stack, secrets.accessTokenKey.id, {
    description: 'Signs Chatter access tokens (HS256). Rotating it signs everyone out.',
    generateSecretString: { passwordLength: 64, excludePunctuation: true },
    removalPolicy,
  })

  // Tool servers' credentials are encrypted with it, the workspace id bound as context.
  const toolSecretsKey = new Key(stack, secrets.toolSecretsKey.id, {
    description: "Encrypts Chatter tool servers' credentials.",
    enableKeyRotation: true,
    removalPolicy,
  })

  return { table, bucket, accessTokenKey, toolSecretsKey }
}
