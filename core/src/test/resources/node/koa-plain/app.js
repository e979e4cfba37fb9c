const Koa = require('koa');
const Router = require('@koa/router');

const app = new Koa();
const router = new Router({ prefix: '/v1' });
router.get('/health', (ctx) => { ctx.body = 'ok'; });
app.use(router.routes());
app.listen(5000);
