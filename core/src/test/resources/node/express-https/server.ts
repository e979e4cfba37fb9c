import { createServer } from 'node:https';
import express, { Request, Response } from 'express';

const app = express();
app.use('/livez', (req: Request, res: Response) => res.send('ok'));

const server = createServer({ requestTimeout: 10_000 }, app);
server.listen(443);
