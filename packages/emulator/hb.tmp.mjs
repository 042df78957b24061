import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import { createServer, Agent, request } from 'node:http';
const body = JSON.stringify({ count: 1, items: [{ id: 'b5c5f1b6', videoType: 'camera', name: '', layoutClassList: [] }] });
const app = new Hono(); app.get('/x', c => c.json(JSON.parse(body)));
async function drive(port) {
  const agent = new Agent({ keepAlive: true, maxSockets: 32 }); let n = 0; const end = Date.now() + 3000;
  await Promise.all(Array.from({length:32}, async () => { while (Date.now() < end) { await new Promise((res, rej) => { const r = request(`http://127.0.0.1:${port}/x`, { agent }, (s) => { s.resume(); s.on('end', res); }); r.on('error', rej); r.end(); }); n++; } }));
  agent.destroy(); return n / 3;
}
const which = process.argv[2];
if (which === 'hono') { const s = serve({ fetch: app.fetch, port: 5001, overrideGlobalObjects: process.argv[3] !== 'no' }); }
else if (which === 'bare') { createServer((req, res) => { req.resume(); res.writeHead(200, {'content-type': 'application/json'}); res.end(body); }).listen(5002); }
else { console.log(which, await drive(Number(process.argv[3]))); }
