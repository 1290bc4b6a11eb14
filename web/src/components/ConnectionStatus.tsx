/** The connection state, in words and a dot, announced when it changes. */
import { useI18n } from '../i18n/index.js';
import type { ConnectionStatus as Status } from '../live/eventStream.js';

const KEYS = {
  connecting: 'connection.connecting',
  live: 'connection.live',
  reconnecting: 'connection.reconnecting',
  offline: 'connection.offline',
} as const;

export function ConnectionStatus({ status }: { status: Status }) {
  const { t } = useI18n();
  return (
    <span className={`connection connection-${status}`} role="status" data-testid="connection" data-status={status}>
      <span className="dot" aria-hidden="true" />
      {t(KEYS[status])}
    </span>
  );
}
