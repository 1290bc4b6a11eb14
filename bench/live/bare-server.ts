/**
 * The yardstick: a bare `ws` server doing the same fan-out as `council serve` with no
 * engine, store or validation — per session, a message from any client is answered with
 * a result and broadcast to every socket of that session, padded to the size of the
 * real server's event message. Run as a child process by live.bench.ts.
 */
import { createServer } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';

export async function startBareServer(padTo: number): Promise<number> {
  // The frame without padding is ~215 bytes; pad the event to the real server's frame size.
  const pad = 'x'.repeat(Math.max(0, padTo - 215));
  const http = createServer((_req, res) => res.writeHead(404).end());
  const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
  const sessions = new Map<string, { sockets: Set<WebSocket>; version: number }>();

  http.on('upgrade', (request, socket, head) => {
    const url = new URL(request.url ?? '/', 'http://local');
    const sessionId = url.searchParams.get('session') ?? '';
    wss.handleUpgrade(request, socket, head, (ws) => {
      let session = sessions.get(sessionId);
      if (!session) sessions.set(sessionId, (session = { sockets: new Set(), version: 1 }));
      const s = session;
      s.sockets.add(ws);
      ws.on('close', () => s.sockets.delete(ws));
      ws.on('message', (raw) => {
        const message = JSON.parse(raw.toString()) as { command: { id: string; ballot: string } };
        s.version += 1;
        const id = message.command.id;
        ws.send(JSON.stringify({ type: 'result', id, ok: true, version: s.version }));
        const event = {
          sessionId,
          version: s.version,
          type: 'ballot-cast.v1',
          data: { voteId: 'v1', member: 'XXX', ballot: message.command.ballot },
          commandId: id,
          at: new Date().toISOString(),
          pad,
        };
        // One JSON.stringify and one UTF-8 encoding per broadcast, like the real server.
        const frame = Buffer.from(JSON.stringify({ type: 'events', events: [event] }));
        for (const socket of s.sockets) socket.send(frame, { binary: false });
      });
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const address = http.address();
  return typeof address === 'object' && address ? address.port : 0;
}
