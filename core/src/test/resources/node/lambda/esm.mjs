const OK = 200;

export const handler = async (event) => ({ statusCode: OK, body: 'hi' });

export async function errorHandler(event) {
  const helper = () => ({ notAResponse: true });
  return event.ok ? { statusCode: 201 } : { statusCode: 500 + 2 };
}
