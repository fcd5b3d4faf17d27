import type { Message, MessageAttributeValue } from '@aws-sdk/client-sqs'
import type { SQSMessageAttribute, SQSRecord, SQSRecordAttributes } from 'aws-lambda'

/**
 * Shapes a received SQS message exactly as Lambda's SQS event source hands it to a function:
 * camel-cased fields, system attributes as strings, binary values in base64, empty list values.
 */
export function toSqsRecord(
  message: Message,
  { queueArn, region }: { queueArn: string; region: string },
): SQSRecord {
  const attributes: SQSRecordAttributes = {
    ApproximateReceiveCount: '1',
    SentTimestamp: '',
    SenderId: '',
    ApproximateFirstReceiveTimestamp: '',
    ...message.Attributes,
  }
  return {
    messageId: message.MessageId ?? '',
    receiptHandle: message.ReceiptHandle ?? '',
    body: message.Body ?? '',
    attributes,
    messageAttributes: Object.fromEntries(
      Object.entries(message.MessageAttributes ?? {}).map(([name, value]) => [
        name,
        toRecordAttribute(value),
      ]),
    ),
    md5OfBody: message.MD5OfBody ?? '',
    ...(message.MD5OfMessageAttributes
      ? { md5OfMessageAttributes: message.MD5OfMessageAttributes }
      : {}),
    eventSource: 'aws:sqs',
    eventSourceARN: queueArn,
    awsRegion: region,
  }
}

function toRecordAttribute(value: MessageAttributeValue): SQSMessageAttribute {
  return {
    ...(value.StringValue === undefined ? {} : { stringValue: value.StringValue }),
    ...(value.BinaryValue === undefined
      ? {}
      : { binaryValue: Buffer.from(value.BinaryValue).toString('base64') }),
    stringListValues: value.StringListValues ?? [],
    binaryListValues: (value.BinaryListValues ?? []).map((item) =>
      Buffer.from(item).toString('base64'),
    ),
    dataType: value.DataType ?? 'String',
  }
}
