const http = require('node:http');

const server = http.createServer({ keepAliveTimeout: 61000, requestTimeout: 120000 }, (req, res) => {
  if (req.url === '/healthz' && req.method === 'GET') {
    res.end('ok');
    return;
  }
  switch (req.url) {
    case '/ready':
      res.end('ready');
      break;
    default:
      res.statusCode = 404;
      res.end();
  }
});
server.listen(8000);
