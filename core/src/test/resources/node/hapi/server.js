const Hapi = require('@hapi/hapi');

const init = async () => {
  const server = Hapi.server({ port: 4000, host: '0.0.0.0' });
  server.route({ method: 'GET', path: '/health', handler: () => 'ok' });
  server.listener.keepAliveTimeout = 75000;
  server.listener.headersTimeout = 76000;
  await server.start();
};
init();
