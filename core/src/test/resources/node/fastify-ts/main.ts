import Fastify, { FastifyInstance } from 'fastify';

const app: FastifyInstance = Fastify({
  logger: true,
  requestTimeout: 30_000,
});

app.get('/ping', async () => ({ pong: true }));
app.route({ method: ['GET', 'HEAD'], url: '/ready', handler: async () => 'ok' });

app.server.headersTimeout = (70 as number) * 1000;

await app.listen({ port: 3000, host: '0.0.0.0' });
