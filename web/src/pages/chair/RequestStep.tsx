/**
 * Before the meeting: a request under Rule 2 (spec R9) with its letter, a whip count of
 * the members who would vote for it in a procedural vote (R20; Dec 2018: 8 of 9 -> withdrawn),
 * and the date the President fixes.
 */
import { useState, type FormEvent } from 'react';
import { MemberPicker } from '../../components/MemberPicker.js';
import { useI18n } from '../../i18n/index.js';
import type { Commands } from '../../live/useCommands.js';
import { members, nameOf, type SessionState } from '../../session/view.js';

export function RequestStep({ state, commands }: { state: SessionState; commands: Commands }) {
  const { t, stateName, list } = useI18n();
  const seats = members(state);
  const [requesters, setRequesters] = useState<string[]>([]);
  const [supporters, setSupporters] = useState<string[]>([]);
  const [count, setCount] = useState('');
  const [symbol, setSymbol] = useState('');
  const [date, setDate] = useState(state.session?.date ?? '');
  const request = state.request;
  const lastCount = state.whipCounts[state.whipCounts.length - 1];

  const submitRequest = (event: FormEvent) => {
    event.preventDefault();
    const letter = symbol.trim() ? { letter: { symbol: symbol.trim() } } : {};
    void commands.send('request-meeting', { basis: 'rule-2', requesters, ...letter });
  };
  if (!request) {
    return (
      <form onSubmit={submitRequest} className="stack subform" aria-labelledby="request-heading">
        <h3 id="request-heading">{t('flow.requestHeading')}</h3>
        <MemberPicker legend={t('flow.requesters')} members={seats} chosen={requesters} onChange={setRequesters} idPrefix="req" />
        <label htmlFor="letter-symbol">{t('flow.letterSymbol')}</label>
        <input id="letter-symbol" value={symbol} onChange={(e) => setSymbol(e.target.value)} placeholder="S/2017/1006" />
        <button type="submit" disabled={commands.busy || requesters.length === 0}>
          {t('flow.recordRequest')}
        </button>
      </form>
    );
  }
  return (
    <div className="stack subform">
      <h3>{t('flow.requestHeading')}</h3>
      <p>
        {request.letter
          ? t('flow.requestBy', { count: request.requesters.length, symbol: request.letter.symbol })
          : t('flow.requestByNoLetter', { names: list(request.requesters.map((c) => stateName(c, nameOf(state, c)))) })}
      </p>
      <MemberPicker legend={t('flow.supporters')} members={seats} chosen={supporters} onChange={setSupporters} idPrefix="sup" />
      <div className="row">
        <label htmlFor="support-count">{t('flow.supportCount')}</label>
        <input
          id="support-count"
          type="number"
          min={0}
          max={15}
          value={count}
          onChange={(e) => setCount(e.target.value)}
          disabled={supporters.length > 0}
        />
        <button
          type="button"
          className="secondary"
          disabled={commands.busy || (supporters.length === 0 && count === '')}
          onClick={() => void commands.send('count-support', supporters.length > 0 ? { supporters } : { count: Number(count) })}
        >
          {t('flow.countSupport')}
        </button>
        <button type="button" className="secondary" disabled={commands.busy} onClick={() => void commands.send('withdraw-request')}>
          {t('flow.withdraw')}
        </button>
      </div>
      {lastCount ? (
        <p role="status">
          {t(lastCount.winnable ? 'flow.winnable' : 'flow.notWinnable', { count: lastCount.count, required: lastCount.required })}
        </p>
      ) : null}
      {state.phase === 'pending' ? (
        <div className="row">
          <label htmlFor="schedule-date">{t('flow.scheduleDate')}</label>
          <input id="schedule-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          <button
            type="button"
            className="secondary"
            disabled={commands.busy || !date}
            onClick={() => void commands.send('schedule-meeting', { date })}
          >
            {t('flow.schedule')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
