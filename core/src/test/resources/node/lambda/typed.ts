import type { ALBEvent, ALBResult, Handler } from 'aws-lambda';

const respond = async (event: ALBEvent): Promise<ALBResult> => {
  return { statusCode: 204, isBase64Encoded: false } as ALBResult;
};

async function main(event: ALBEvent): Promise<ALBResult> {
  return { body: 'no status' };
}

export const handler: Handler<ALBEvent, ALBResult> = respond;
module.exports = { main };
