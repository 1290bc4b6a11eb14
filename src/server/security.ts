/**
 * Security headers (@fastify/helmet) and the content security policy the web app runs
 * under: scripts, styles, fonts and connections from this origin only; images also as
 * data: URLs (the QR codes). No inline script or style may run, so a script injected into
 * a page cannot read the chair's token from localStorage and send it anywhere else.
 */
import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  // 'self' covers ws:// and wss:// to this host (CSP Level 3).
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  frameAncestors: ["'self'"],
  formAction: ["'self'"],
  // Phones join over plain http on a LAN: upgrading requests to https would break them.
  upgradeInsecureRequests: null,
};

export async function installSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    // The join link is a secret: never leak it to another site in a Referer.
    referrerPolicy: { policy: 'no-referrer' },
  });
}
