/**
 * Run the server until asked to stop: open the store, build, listen, and on SIGINT or
 * SIGTERM close sockets, HTTP and the store in that order (no half-written data).
 */
import { networkInterfaces } from 'node:os';
import { openPublisher, openStore } from '../store/open-store.js';
import { parseStoreUrl } from '../store/store-url.js';
import { buildServer, type ServerOptions } from './app.js';

export interface ServeSettings extends Omit<ServerOptions, 'store'> {
  port: number;
  host: string;
  database: string;
}

export interface RunningServer {
  url: string;
  /** Resolves once the server has stopped (signal or stop()). */
  stopped: Promise<void>;
  stop(): Promise<void>;
}

export async function startServer(settings: ServeSettings, log: (line: string) => void): Promise<RunningServer> {
  const { port, host, database, ...options } = settings;
  // One server per SQLite file: a second one is refused here (StoreError 'store-locked').
  const store = await openStore(database, { exclusive: true });
  let publisher;
  let app;
  try {
    const location = parseStoreUrl(database);
    publisher = await openPublisher(database);
    app = await buildServer({ ...options, store, publisher, storeKind: location.ok ? location.value.kind : 'unknown' });
    await app.listen({ port, host });
  } catch (e) {
    await publisher?.close();
    await store.close();
    throw e;
  }
  const address = app.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const url = `http://${host === '0.0.0.0' || host === '::' ? 'localhost' : host}:${actualPort}`;

  let stopping: Promise<void> | null = null;
  let resolveStopped!: () => void;
  const stopped = new Promise<void>((resolve) => (resolveStopped = resolve));
  const stop = () => {
    stopping ??= (async () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await app.close();
      await publisher.close();
      await store.close();
      resolveStopped();
    })();
    return stopping;
  };
  const onSignal = (signal: NodeJS.Signals) => {
    log(`\n${signal}: closing connections and the store…`);
    void stop().then(() => log('council server stopped.'));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  log(`council server listening on ${url}  (store: ${describeStore(database)})`);
  if (host === '0.0.0.0' || host === '::') {
    for (const lan of lanAddresses()) log(`  on your network: http://${lan}:${actualPort}`);
  } else {
    log('  (only this machine can connect; use --host 0.0.0.0 to let phones on your network join)');
  }
  log('New to council? In another terminal: npx council tour (the DPRK item 2014-2024, vote by vote).');
  log('Press Ctrl+C to stop.');
  return { url, stopped, stop };
}

function describeStore(url: string): string {
  // Never print a database password.
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((i) => i && i.family === 'IPv4' && !i.internal)
    .map((i) => i!.address);
}
