import { buildServer } from '/work/main/src/server/app.js';
import { openStore } from '/work/main/src/store/open-store.js';
const store = await openStore('memory:');
const unlimited = { max: 1e9, timeWindowMs: 60000 };
const app = await buildServer({ store, joinRateLimit: unlimited, createRateLimit: unlimited, webRoot: '/nonexistent' });
await app.listen({ port: 45123, host: '127.0.0.1' });
console.log('READY');
setTimeout(() => { app.close().then(() => process.exit(0)); }, Number(process.env.PROF_S ?? 40) * 1000);
