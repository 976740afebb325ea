// What the platform talks to in crash tests: a local SMTP sink that keeps every message it accepts,
// and a partner's webhook receiver that keeps every POST with its signature checked.
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import { SMTPServer } from 'smtp-server';

/**
 * An SMTP server on 127.0.0.1:`port` accepting everything (no TLS, no auth). `accepted` gets one entry
 * per recipient of each message: { to, messageId, at } (`at` from performance.now()).
 */
export function startSmtpSink(port, accepted = []) {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 10 * 1024 * 1024,
    // on close, connections still open (a killed application's) are dropped after a second, not 30
    closeTimeout: 1000,
    onData(stream, session, callback) {
      const chunks = [];
      stream.on('data', (chunk) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const headers = raw.slice(0, raw.indexOf('\r\n\r\n')).replace(/\r\n[ \t]+/g, ' ');
        const messageId = /^Message-ID:\s*(.+)$/im.exec(headers)?.[1].trim() ?? '';
        const at = performance.now();
        for (const rcpt of session.envelope.rcptTo) accepted.push({ to: rcpt.address.toLowerCase(), messageId, at });
        callback();
      });
    },
  });
  // connections reset by a killed application are expected
  server.on('error', () => {});
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve({ accepted, close: () => server.close() })));
}

/**
 * A partner's endpoint on 127.0.0.1:`port`: every POST is answered 204 and kept in `received` as
 * { id (Elbasar-Event-Id), bodyId, type, subjectId, signed, at }; `secret()` gives the subscription's
 * secret the HMAC-SHA256 signature (`Elbasar-Signature: t=…,v1=…` over "t.body") is checked with.
 */
export function startWebhookReceiver(port, secret, received = []) {
  const server = createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const parts = Object.fromEntries(String(request.headers['elbasar-signature']).split(',').map((p) => p.split('=', 2)));
      const expected = createHmac('sha256', secret()).update(`${parts.t}.${body}`).digest('hex');
      let event = {};
      try {
        event = JSON.parse(body);
      } catch {
        // counted as a bad delivery below (no body id)
      }
      received.push({ id: String(request.headers['elbasar-event-id'] ?? ''), bodyId: event.id, type: event.type,
        subjectId: event.subjectId, signed: parts.v1 === expected, at: performance.now() });
      response.writeHead(204).end();
    });
  });
  server.on('clientError', (error, socket) => socket.destroy());
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve({ received, close: () => {
    server.close();
    server.closeAllConnections();
  } })));
}
