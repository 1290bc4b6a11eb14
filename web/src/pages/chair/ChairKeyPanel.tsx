/**
 * The President's key travels (issue 10): this console's own secret link and its QR code,
 * to copy, print or scan ("open this console on another device"); and, for the President,
 * co-chair links to issue and revoke, each with its own QR code (the same server path: the
 * code encodes the link of the token that asks for it). The link carries the key in its fragment, which the
 * browser never sends to the server in a request line.
 */
import { useEffect, useState } from 'react';
import { api, fetchChairQrSvg } from '../../api/client.js';
import type { ApiError } from '../../api/types.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { useI18n } from '../../i18n/index.js';

const consoleLink = (sessionId: string, token: string) => `${location.origin}/chair/${encodeURIComponent(sessionId)}#${token}`;

export function ChairKeyPanel({ sessionId, token, president }: { sessionId: string; token: string; president: boolean }) {
  const { t } = useI18n();
  return (
    <section className="card chair-key" aria-labelledby="chair-key-heading">
      <h2 id="chair-key-heading">{t('key.heading')}</h2>
      <p className="help">{t('key.help')}</p>
      <SecretLink
        label={t('key.link')}
        link={consoleLink(sessionId, token)}
        qr={<ConsoleQr sessionId={sessionId} token={token} label={t('key.qr')} />}
      />
      {president ? <CoChairs sessionId={sessionId} token={token} /> : <p className="help">{t('key.coChairHere')}</p>}
    </section>
  );
}

/** A secret link: shown, copyable, printable (printing shows only this link and its QR code). */
function SecretLink({ label, link, qr, coChair = false }: { label: string; link: string; qr?: React.ReactNode; coChair?: boolean }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      // No clipboard over plain http on a LAN: the link is selectable in its field.
      setCopied(false);
    }
  };
  const print = () => {
    // A co-chair link prints alone, without the President's own link above it.
    const classes = coChair ? ['printing-key', 'printing-co-chair'] : ['printing-key'];
    document.body.classList.add(...classes);
    window.print();
    document.body.classList.remove(...classes);
  };
  return (
    <div className="secret-link">
      <label className="stack">
        {label}
        <input readOnly value={link} onFocus={(e) => e.currentTarget.select()} data-testid="secret-link" />
      </label>
      <div className="row">
        <button type="button" className="secondary" onClick={() => void copy()}>
          {t('key.copy')}
        </button>
        <button type="button" className="secondary" onClick={print}>
          {t('key.print')}
        </button>
        <span role="status" className="help">
          {copied ? t('key.copied') : ''}
        </span>
      </div>
      {qr}
    </div>
  );
}

function ConsoleQr({
  sessionId,
  token,
  label,
  testId = 'console-qr',
}: {
  sessionId: string;
  token: string;
  label: string;
  testId?: string;
}) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void fetchChairQrSvg(sessionId, token).then((svg) => {
      if (live && svg) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    });
    return () => {
      live = false;
    };
  }, [sessionId, token]);
  return src ? <img src={src} alt={label} className="qr" data-testid={testId} /> : null;
}

/** Co-chair links: the President issues one per device and may revoke it at any time. */
function CoChairs({ sessionId, token }: { sessionId: string; token: string }) {
  const { t } = useI18n();
  const [list, setList] = useState<{ coChairId: string; label?: string }[]>([]);
  const [fresh, setFresh] = useState<{ coChairId: string; url: string; token: string } | null>(null);
  const [label, setLabel] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const refresh = () => void api.coChairs(sessionId, token).then((r) => (r.ok ? setList(r.value.coChairs) : setError(r.error)));
  useEffect(refresh, [sessionId, token]);
  const issue = async () => {
    setError(null);
    const r = await api.issueCoChair(sessionId, token, label.trim() || undefined);
    if (!r.ok) return setError(r.error);
    setFresh({ coChairId: r.value.coChairId, url: `${location.origin}${r.value.url}`, token: r.value.token });
    setLabel('');
    refresh();
  };
  const revoke = async (coChairId: string) => {
    setError(null);
    const r = await api.revokeCoChair(sessionId, token, coChairId);
    if (!r.ok) return setError(r.error);
    if (fresh?.coChairId === coChairId) setFresh(null);
    refresh();
  };
  return (
    <section className="subform" aria-labelledby="co-chair-heading">
      <h3 id="co-chair-heading">{t('key.coChairHeading')}</h3>
      <div className="row">
        <label htmlFor="co-chair-label">{t('key.coChairLabel')}</label>
        <input id="co-chair-label" value={label} onChange={(e) => setLabel(e.target.value)} maxLength={100} />
        <button type="button" onClick={() => void issue()}>
          {t('key.issue')}
        </button>
      </div>
      {fresh ? (
        <SecretLink
          label={t('key.coChairLink')}
          link={fresh.url}
          coChair
          qr={<ConsoleQr sessionId={sessionId} token={fresh.token} label={t('key.coChairQr')} testId="co-chair-qr" />}
        />
      ) : null}
      {list.length > 0 ? (
        <ul className="plain co-chairs">
          {list.map((c) => (
            <li key={c.coChairId} className="row">
              <span>{c.label ?? t('key.unnamed', { id: c.coChairId })}</span>
              <button
                type="button"
                className="secondary"
                onClick={() => void revoke(c.coChairId)}
                aria-label={t('key.revokeNamed', { name: c.label ?? c.coChairId })}
              >
                {t('key.revoke')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <ErrorMessage error={error} />
    </section>
  );
}
