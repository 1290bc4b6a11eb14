/** Table a draft resolution (substantive, R21: the veto applies) so it can be put to the vote. */
import { useState, type FormEvent } from 'react';
import { MemberPicker } from '../../components/MemberPicker.js';
import { useI18n } from '../../i18n/index.js';
import type { Commands } from '../../live/useCommands.js';
import { members, type SessionState } from '../../session/view.js';

export function DraftForm({ state, commands }: { state: SessionState; commands: Commands }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [symbol, setSymbol] = useState('');
  const [title, setTitle] = useState('');
  const [sponsors, setSponsors] = useState<string[]>([]);
  const [preambular, setPreambular] = useState('');
  const [operative, setOperative] = useState('');
  const lines = (text: string) =>
    text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const payload: Record<string, unknown> = {
      draftId: `draft-${state.drafts.length + 1}`,
      title: title.trim(),
      sponsors,
      matter: 'non-procedural',
    };
    if (symbol.trim()) payload.symbol = symbol.trim();
    if (lines(preambular).length) payload.preambular = lines(preambular);
    if (lines(operative).length) payload.operative = lines(operative);
    void commands.send('submit-draft', payload).then((r) => {
      if (r.ok) {
        setOpen(false);
        setSymbol('');
        setTitle('');
        setSponsors([]);
        setPreambular('');
        setOperative('');
      }
    });
  };
  if (!open) {
    return (
      <p>
        <button type="button" className="link-button" onClick={() => setOpen(true)}>
          {t('draft.add')}
        </button>
      </p>
    );
  }
  return (
    <form onSubmit={submit} className="stack subform" aria-labelledby="draft-heading">
      <h3 id="draft-heading">{t('draft.heading')}</h3>
      <label htmlFor="draft-symbol">{t('draft.symbol')}</label>
      <input id="draft-symbol" value={symbol} onChange={(e) => setSymbol(e.target.value)} placeholder="S/2026/123" />
      <label htmlFor="draft-title">{t('draft.title')}</label>
      <input id="draft-title" value={title} onChange={(e) => setTitle(e.target.value)} required />
      <label htmlFor="draft-preambular">{t('draft.preambular')}</label>
      <textarea id="draft-preambular" value={preambular} onChange={(e) => setPreambular(e.target.value)} rows={3} />
      <label htmlFor="draft-operative">{t('draft.operative')}</label>
      <textarea id="draft-operative" value={operative} onChange={(e) => setOperative(e.target.value)} rows={4} />
      <MemberPicker legend={t('draft.sponsors')} members={members(state)} chosen={sponsors} onChange={setSponsors} idPrefix="spon" />
      <div className="row">
        <button type="submit" disabled={commands.busy}>
          {t('draft.submit')}
        </button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
