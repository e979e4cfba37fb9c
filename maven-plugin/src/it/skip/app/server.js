'use strict';

const express = require('express');

const PORT = 3000;
const app = express();
app.use(express.json());

app.get('/status', (req, res) => res.send('ok'));
app.get('/orders/:id', (req, res) => res.json({ id: req.params.id }));
app.post('/orders', (req, res) => res.status(201).json(req.body));

const server = app.listen(PORT, () => console.log(`orders listening on ${PORT}`));
