// The floor of any gateway process on this machine, for bench/floor.sh: a Node.js pass-through that
// forwards each POST or DELETE to the echo backend over kept-alive connections (undici, as the load
// generator uses) and relays status, content type, session id and body. No parsing, no checks.
//   PORT=3200 BACKEND_PORT=3100 node proxy.mjs
import http from 'node:http';
import { Pool } from 'undici';

const pool = new Pool(`http://127.0.0.1:${process.env.BACKEND_PORT || 3100}`, { connections: 16 });
const FORWARDED = ['content-type', 'accept', 'mcp-session-id', 'mcp-protocol-version'];

http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (d) => chunks.push(d));
  req.on('end', async () => {
    const headers = {};
    for (const h of FORWARDED) if (req.headers[h]) headers[h] = req.headers[h];
    try {
      const r = await pool.request({ path: '/mcp', method: req.method, headers, body: Buffer.concat(chunks) });
      const body = Buffer.from(await r.body.arrayBuffer());
      const out = { 'content-length': body.length };
      for (const h of ['content-type', 'mcp-session-id']) if (r.headers[h]) out[h] = r.headers[h];
      res.writeHead(r.statusCode, out);
      res.end(body);
    } catch (e) {
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(String(e.message));
    }
  });
}).listen(+(process.env.PORT || 3200), '127.0.0.1');
