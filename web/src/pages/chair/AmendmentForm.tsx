/** Table an amendment to a paragraph of a pending text (Rule 36: voted before the text, in the rules' order). */
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/index.js';
import type { Commands } from '../../live/useCommands.js';
import type { SessionState } from '../../session/view.js';

export function AmendmentForm({ state, commands }: { state: SessionState; commands: Commands }) {
  const { t } = useI18n();
  const texts = state.drafts.filter(
    (d) => d.status === 'submitted' && d.amends === undefined && (d.operative?.length || d.preambular?.length),
  );
  const [draftId, setDraftId] = useState('');
  const [where, setWhere] = useState('operative:0');
  const [change, setChange] = useState<'revise' | 'delete' | 'add'>('revise');
  const [text, setText] = useState('');
  if (texts.length === 0) return null;
  const target = texts.find((d) => d.draftId === draftId) ?? texts[0]!;
  const [part, index] = where.split(':') as ['preambular' | 'operative', string];
  const places = [
    ...(target.preambular ?? []).map((_, i) => ({ value: `preambular:${i}`, label: t('amend.pp', { n: i + 1 }) })),
    ...(target.operative ?? []).map((_, i) => ({ value: `operative:${i}`, label: t('amend.op', { n: i + 1 }) })),
  ];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const n = Number(index) + 1;
    void commands
      .send('submit-draft', {
        draftId: `amendment-${state.drafts.length + 1}`,
        title: t(part === 'operative' ? 'amend.titleOp' : 'amend.titlePp', { n, text: target.symbol ?? target.title }),
        sponsors: [],
        amends: target.draftId,
        change,
        paragraph: { part, index: Number(index) },
        ...(change === 'delete' ? {} : { text: text.trim() }),
      })
      .then((r) => r.ok && setText(''));
  };
  return (
    <form onSubmit={submit} className="stack subform" aria-labelledby="amend-heading">
      <h3 id="amend-heading">{t('amend.heading')}</h3>
      <label htmlFor="amend-draft">{t('amend.draft')}</label>
      <select id="amend-draft" value={target.draftId} onChange={(e) => setDraftId(e.target.value)}>
        {texts.map((d) => (
          <option key={d.draftId} value={d.draftId}>
            {d.symbol ?? d.title}
          </option>
        ))}
      </select>
      <label htmlFor="amend-where">{t('amend.paragraph')}</label>
      <select id="amend-where" value={where} onChange={(e) => setWhere(e.target.value)}>
        {places.map((p) => (
          <option key={p.value} value={p.value}>
            {p.label}
          </option>
        ))}
      </select>
      <label htmlFor="amend-change">{t('amend.change')}</label>
      <select id="amend-change" value={change} onChange={(e) => setChange(e.target.value as typeof change)}>
        <option value="revise">{t('amend.revise')}</option>
        <option value="delete">{t('amend.delete')}</option>
        <option value="add">{t('amend.add')}</option>
      </select>
      {change === 'delete' ? null : (
        <>
          <label htmlFor="amend-text">{t('amend.text')}</label>
          <textarea id="amend-text" value={text} onChange={(e) => setText(e.target.value)} required maxLength={2000} rows={2} />
        </>
      )}
      <button type="submit" disabled={commands.busy}>
        {t('amend.submit')}
      </button>
    </form>
  );
}
