import http from 'http';

const KEEP_ALIVE = Number(process.env.KEEP_ALIVE_TIMEOUT) || 65000;
let requestTimeout = 1000;
requestTimeout = 2000;

const server = http.createServer((req, res) => res.end());
server.keepAliveTimeout = KEEP_ALIVE;
server.headersTimeout = parseInt(process.env.HEADERS_TIMEOUT ?? '66000', 10);
server.requestTimeout = requestTimeout;
server.listen(process.env.PORT || 8080);
