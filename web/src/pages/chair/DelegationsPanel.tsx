/**
 * The fifteen join codes, links and QR codes to hand out (or print). The codes were shown
 * once at creation; this device kept them. QR codes come from the server, chair token only.
 */
import { ScrollBox } from '../../components/ScrollBox.js';
import { useEffect, useState } from 'react';
import { api, fetchQrSvg } from '../../api/client.js';
import type { DelegationCredential } from '../../api/types.js';
import { useI18n } from '../../i18n/index.js';
import { joinCodes } from '../../session/created.js';
import type { SessionState } from '../../session/view.js';

export function DelegationsPanel({ sessionId, token, state }: { sessionId: string; token: string | null; state: SessionState }) {
  const { t, stateName } = useI18n();
  const [showQr, setShowQr] = useState(false);
  const codes = useJoinCodes(sessionId, token);
  const joinedNote = (code: string) => (state.session?.members.some((m) => m.code === code) ? '' : ` (${t('delegations.notMember')})`);
  return (
    <section className="card" aria-labelledby="delegations-heading">
      <h2 id="delegations-heading">{t('delegations.heading')}</h2>
      {isLoopback(location.hostname) ? <p className="notice">{t('delegations.localhost')}</p> : null}
      {codes.length === 0 ? (
        <p className="help">{t('delegations.unavailable')}</p>
      ) : (
        <>
          <label className="check">
            <input type="checkbox" checked={showQr} onChange={(e) => setShowQr(e.target.checked)} disabled={!token} />
            {t('delegations.showQr')}
          </label>
          {showQr && token ? (
            <ul className="qr-grid">
              {codes.map((d) => (
                <li key={d.code}>
                  <figure>
                    <Qr
                      sessionId={sessionId}
                      code={d.code}
                      token={token}
                      label={t('delegations.qrAlt', { name: stateName(d.code, d.name) })}
                    />
                    <figcaption>
                      {stateName(d.code, d.name)}
                      <br />
                      <a href={d.url} className="join-code" data-code={d.code}>
                        <code>{d.joinCode}</code>
                      </a>
                    </figcaption>
                  </figure>
                </li>
              ))}
            </ul>
          ) : (
            <ScrollBox label={t('delegations.heading')}>
              <table className="vote-table codes">
                <caption className="sr-only">{t('delegations.heading')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('board.member')}</th>
                    <th scope="col">{t('delegations.code')}</th>
                  </tr>
                </thead>
                <tbody>
                  {codes.map((d) => (
                    <tr key={d.code}>
                      <th scope="row">
                        {stateName(d.code, d.name)}
                        {joinedNote(d.code)}
                      </th>
                      <td>
                        <a href={d.url} className="join-code" data-code={d.code}>
                          <code>{d.joinCode}</code>
                        </a>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollBox>
          )}
        </>
      )}
    </section>
  );
}

/** The codes this device kept at creation, refreshed from the server (chair token) when it can. */
function useJoinCodes(sessionId: string, token: string | null): DelegationCredential[] {
  const [codes, setCodes] = useState(() => joinCodes(sessionId));
  useEffect(() => {
    if (!token) return;
    let live = true;
    void api.delegations(sessionId, token).then((result) => {
      if (live && result.ok && Array.isArray(result.value.delegations) && result.value.delegations.length > 0) {
        setCodes(result.value.delegations);
      }
    });
    return () => {
      live = false;
    };
  }, [sessionId, token]);
  return codes;
}

function Qr({ sessionId, code, token, label }: { sessionId: string; code: string; token: string; label: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void fetchQrSvg(sessionId, code, token).then((svg) => {
      if (live && svg) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    });
    return () => {
      live = false;
    };
  }, [sessionId, code, token]);
  return src ? <img src={src} alt={label} className="qr" /> : <span aria-hidden="true">…</span>;
}

/** Phones cannot reach "localhost": links and QR codes made here would point at the phone itself. */
function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || host.startsWith('127.');
}
