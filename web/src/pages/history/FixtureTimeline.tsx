/**
 * A historical meeting replayed: the events as a timeline to step through or play, and
 * the board as it stood after the selected step (folded by the engine's reducer).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { api } from '../../api/client.js';
import type { ApiError, Fixture } from '../../api/types.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Layout } from '../../components/Layout.js';
import { Link } from '../../components/Link.js';
import { useI18n } from '../../i18n/index.js';
import { isLanguage, knownText, publicSource, publicSources } from '../../../../src/records/explain/index.js';
import { describeEvent } from '../../session/describe.js';
import { project } from '../../session/view.js';
import { Board } from '../board/BoardPage.js';
import { Explanation } from '../chair/Explanation.js';
import { initialState, reduce } from '../../../../src/sessions/index.js';

const PLAY_MS = 1200;

export function FixtureTimeline({ fixtureId }: { fixtureId: string }) {
  const { t, lang } = useI18n();
  const [fixture, setFixture] = useState<Fixture | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    setFixture(null);
    void api.fixture(fixtureId).then((result) => (result.ok ? setFixture(result.value) : setError(result.error)));
  }, [fixtureId]);
  const title = fixture?.meta?.title ? knownText(String(fixture.meta.title), isLanguage(lang) ? lang : 'en') : t('history.title');
  return (
    <Layout title={title}>
      <p>
        <Link href="/history">{t('history.back')}</Link>
      </p>
      {error ? <ErrorMessage error={error} /> : null}
      {/* The summary and the sources are the data's own English prose: marked so, for screen readers. */}
      {typeof fixture?.meta?.summary === 'string' ? (
        <p className="lead" lang="en">
          {fixture.meta.summary}
        </p>
      ) : null}
      {fixture ? <Replay fixture={fixture} /> : error ? null : <p role="status">{t('common.loading')}</p>}
    </Layout>
  );
}

function Replay({ fixture }: { fixture: Fixture }) {
  const { t, stateName, list, states, known } = useI18n();
  const events = fixture.events ?? [];
  const [step, setStep] = useState(events.length);
  const [playing, setPlaying] = useState(false);

  // One line per event, each described against the state just before it.
  const lines = useMemo(() => {
    let state = initialState;
    return events.map((event) => {
      const line = describeEvent(event, state, { t, stateName, list, states, known });
      state = reduce(state, event);
      return line;
    });
  }, [events, t, stateName, list, states, known]);
  const state = useMemo(() => project(events.slice(0, step)), [events, step]);

  useEffect(() => {
    if (!playing) return;
    if (step >= events.length) {
      setPlaying(false);
      return;
    }
    const id = setTimeout(() => setStep((s) => Math.min(events.length, s + 1)), PLAY_MS);
    return () => clearTimeout(id);
  }, [playing, step, events.length]);

  // Keep the current step in view as it moves (play, next, the slider).
  const timeline = useRef<HTMLOListElement>(null);
  useEffect(() => {
    // Scroll the list only, never the page.
    const list = timeline.current;
    const item = list?.querySelector<HTMLElement>('[aria-current="step"]')?.parentElement;
    if (!list || !item) return;
    if (item.offsetTop < list.scrollTop) list.scrollTop = item.offsetTop;
    else if (item.offsetTop + item.offsetHeight > list.scrollTop + list.clientHeight) {
      list.scrollTop = item.offsetTop + item.offsetHeight - list.clientHeight;
    }
  }, [step]);

  const play = () => {
    if (step >= events.length) setStep(1);
    setPlaying((p) => !p);
  };
  // The engine's account of the last vote so far, its details (rules, step-by-step trace) in the page's language.
  const lastVote = state.votes[state.votes.length - 1];
  // Outside sources only; the spec's cross-references stay in the data.
  const sources = Array.isArray(fixture.meta?.sources) ? publicSources((fixture.meta.sources as unknown[]).map(String)) : [];
  return (
    <div className="replay">
      <div className="timeline-controls" role="group" aria-label={t('history.controls')}>
        <button type="button" className="secondary" onClick={() => setStep(1)} disabled={step <= 1}>
          {t('history.first')}
        </button>
        <button type="button" className="secondary" onClick={() => setStep((s) => Math.max(1, s - 1))} disabled={step <= 1}>
          {t('history.previous')}
        </button>
        <button type="button" onClick={play}>
          {playing ? t('history.pause') : t('history.play')}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => setStep((s) => Math.min(events.length, s + 1))}
          disabled={step >= events.length}
        >
          {t('history.next')}
        </button>
        <button type="button" className="secondary" onClick={() => setStep(events.length)} disabled={step >= events.length}>
          {t('history.last')}
        </button>
        <label htmlFor="timeline-step" className="sr-only">
          {t('history.step')}
        </label>
        <input
          id="timeline-step"
          type="range"
          min={1}
          max={Math.max(1, events.length)}
          value={step}
          onChange={(e) => setStep(Number(e.target.value))}
          aria-valuetext={lines[step - 1] ?? ''}
        />
        <span aria-live="polite">{t('history.stepOf', { step, total: events.length })}</span>
      </div>
      <div className="replay-body">
        <ol className="timeline" aria-label={t('history.timeline')} ref={timeline}>
          {lines.map((line, i) => {
            const data = events[i]?.data as { time?: string; source?: string } | undefined;
            return (
              <li key={i} className={i < step ? 'done' : 'todo'}>
                <button
                  type="button"
                  className="timeline-step"
                  aria-current={i === step - 1 ? 'step' : undefined}
                  onClick={() => setStep(i + 1)}
                >
                  {data?.time ? <span className="time">{data.time}</span> : null}
                  {line}
                </button>
                {data?.source && publicSource(data.source) ? (
                  <span className="source" lang="en">
                    {publicSource(data.source)}
                  </span>
                ) : null}
              </li>
            );
          })}
        </ol>
        <Board state={state} />
      </div>
      {lastVote?.decision ? (
        <Explanation
          decision={lastVote.decision}
          matter={lastVote.matter}
          open={false}
          {...(state.session ? { body: state.session.body } : {})}
          {...(lastVote.majority === 'simple' || lastVote.majority === 'two-thirds' ? { majority: lastVote.majority } : {})}
        />
      ) : null}
      {sources.length > 0 ? (
        <section aria-labelledby="sources-heading">
          <h2 id="sources-heading">{t('history.sources')}</h2>
          <ul>
            {sources.map((s) => (
              <li key={s} lang="en">
                {s}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
