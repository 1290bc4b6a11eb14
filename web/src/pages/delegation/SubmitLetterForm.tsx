/**
 * A delegation's letter to the Secretary-General or the President of the Council, asking its
 * circulation as a document of the Council, of the Assembly under agenda items, or of both (spec R49).
 */
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/index.js';
import type { Commands } from '../../live/useCommands.js';
import type { SessionState } from '../../session/view.js';

/** Paragraphs as typed: separated by blank lines. */
const paragraphsOf = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

export function SubmitLetterForm({ state, code, commands }: { state: SessionState; code: string; commands: Commands }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [addressee, setAddressee] = useState<'secretary-general' | 'president-of-the-council'>('secretary-general');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [annex, setAnnex] = useState('');
  const [signature, setSignature] = useState('');
  const [council, setCouncil] = useState(true);
  const [assembly, setAssembly] = useState(false);
  const [itemNumber, setItemNumber] = useState('');
  const [itemTitle, setItemTitle] = useState('');
  const mine = state.documents.communications.filter((c) => c.from === code);
  const waiting = mine.filter((c) => c.issuedAs === null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const circulation: Record<string, unknown> = { council };
    if (assembly) circulation.assembly = { agendaItems: [{ number: itemNumber.trim(), title: itemTitle.trim() }] };
    const payload: Record<string, unknown> = {
      communicationId: `${code}-letter-${mine.length + 1}`,
      addressee,
      title: title.trim(),
      paragraphs: paragraphsOf(body),
      circulation,
    };
    const annexParagraphs = paragraphsOf(annex);
    if (annexParagraphs.length) payload.annexes = [{ paragraphs: annexParagraphs }];
    if (signature.trim()) payload.signature = { name: signature.trim() };
    void commands.send('submit-communication', payload).then((r) => {
      if (!r.ok) return;
      setOpen(false);
      setTitle('');
      setBody('');
      setAnnex('');
    });
  };

  return (
    <div>
      {waiting.length ? (
        <ul className="help" aria-label={t('letter.waiting')}>
          {waiting.map((c) => (
            <li key={c.communicationId}>{t('letter.awaitingIssue', { title: c.title })}</li>
          ))}
        </ul>
      ) : null}
      {!open ? (
        <p>
          <button type="button" className="secondary" onClick={() => setOpen(true)}>
            {t('letter.open')}
          </button>
        </p>
      ) : (
        <form onSubmit={submit} className="stack subform" aria-labelledby="letter-heading">
          <h3 id="letter-heading">{t('letter.heading')}</h3>
          <label htmlFor="letter-addressee">{t('letter.addressee')}</label>
          <select id="letter-addressee" value={addressee} onChange={(e) => setAddressee(e.target.value as typeof addressee)}>
            <option value="secretary-general">{t('letter.to.secretary-general')}</option>
            <option value="president-of-the-council">{t('letter.to.president-of-the-council')}</option>
          </select>
          <label htmlFor="letter-title">{t('letter.title')}</label>
          <input id="letter-title" value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={300} />
          <label htmlFor="letter-body">{t('letter.body')}</label>
          <textarea id="letter-body" value={body} onChange={(e) => setBody(e.target.value)} required rows={6} />
          <label htmlFor="letter-annex">{t('letter.annex')}</label>
          <textarea id="letter-annex" value={annex} onChange={(e) => setAnnex(e.target.value)} rows={3} />
          <label htmlFor="letter-signature">{t('letter.signature')}</label>
          <input id="letter-signature" value={signature} onChange={(e) => setSignature(e.target.value)} maxLength={300} />
          <fieldset>
            <legend>{t('letter.circulation')}</legend>
            <label>
              <input type="checkbox" checked={council} onChange={(e) => setCouncil(e.target.checked)} /> {t('letter.asCouncil')}
            </label>
            <label>
              <input type="checkbox" checked={assembly} onChange={(e) => setAssembly(e.target.checked)} /> {t('letter.asAssembly')}
            </label>
            {assembly ? (
              <div className="stack">
                <label htmlFor="letter-item-number">{t('letter.itemNumber')}</label>
                <input
                  id="letter-item-number"
                  value={itemNumber}
                  onChange={(e) => setItemNumber(e.target.value)}
                  required
                  placeholder="68"
                  inputMode="numeric"
                />
                <label htmlFor="letter-item-title">{t('letter.itemTitle')}</label>
                <input id="letter-item-title" value={itemTitle} onChange={(e) => setItemTitle(e.target.value)} required />
              </div>
            ) : null}
          </fieldset>
          <div className="row">
            <button type="submit" disabled={commands.busy || (!council && !assembly)}>
              {t('letter.submit')}
            </button>
            <button type="button" className="secondary" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
