'use strict';
const express = require('express');
const PORT = 8_080;

const app = express();
const api = express.Router();

api.get('/users', (req, res) => res.json([]));
app.get('/healthz', (req, res) => res.send('ok'));
app.use('/api', api);
app.route('/status').get((req, res) => res.send('up')).post((req, res) => res.end());

const server = app.listen(PORT, () => console.log('listening'));
server.keepAliveTimeout = 65 * 1000;
server.headersTimeout = server.keepAliveTimeout + 1000;
