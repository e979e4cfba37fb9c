import express from 'express';

const A = 60;
const B = A * 1000 + 5000;
const cfg = { keepAlive: B, port: 3000 };

const app = express();
app.get('/health', (req, res) => res.sendStatus(200));

export const server = app.listen(cfg.port);
server.keepAliveTimeout = cfg.keepAlive;
