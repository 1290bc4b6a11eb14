/**
 * Reducer cases for running a meeting (issue 10): the floor, the speakers list, points,
 * straw polls. Pure and copying. Notes (`note-sent.v1`) are restricted events and never
 * enter the state, which is public (visibility.ts).
 */
import type { SessionEvent } from './events.js';
import type { Draft, SessionState } from './state.js';

export function applyRunning(state: SessionState, e: SessionEvent): SessionState {
  switch (e.type) {
    case 'floor-given.v1':
      return {
        ...state,
        floor: { member: e.data.member, limitSeconds: e.data.limitSeconds, startedAt: e.data.startedAt, mode: 'statement' },
        speakers: state.speakers.filter((s) => s !== e.data.member),
      };
    case 'floor-extended.v1':
      return state.floor ? { ...state, floor: { ...state.floor, limitSeconds: state.floor.limitSeconds + e.data.seconds } } : state;
    case 'floor-yielded.v1':
      return {
        ...state,
        floor: {
          member: e.data.member,
          limitSeconds: e.data.limitSeconds,
          startedAt: e.data.startedAt,
          mode: e.data.to === 'questions' ? 'questions' : 'statement',
        },
        speakers: state.speakers.filter((s) => s !== e.data.member),
      };
    case 'speakers-list-changed.v1':
      return { ...state, speakers: [...e.data.speakers] };
    case 'point-raised.v1':
      if (state.points.some((p) => p.pointId === e.data.pointId)) return state;
      return { ...state, points: [...state.points, { pointId: e.data.pointId, by: e.data.by, kind: e.data.kind, status: 'pending' }] };
    case 'point-resolved.v1':
      return { ...state, points: state.points.map((p) => (p.pointId === e.data.pointId ? { ...p, status: e.data.outcome } : p)) };
    case 'straw-poll-opened.v1':
      return {
        ...state,
        strawPolls: [
          ...state.strawPolls,
          { pollId: e.data.pollId, question: e.data.question, options: [...e.data.options], answers: {}, status: 'open' },
        ],
      };
    case 'straw-poll-answered.v1':
      return {
        ...state,
        strawPolls: state.strawPolls.map((p) =>
          p.pollId === e.data.pollId ? { ...p, answers: { ...p.answers, [e.data.member]: e.data.option } } : p,
        ),
      };
    case 'draft-cosponsored.v1':
      return {
        ...state,
        drafts: state.drafts.map((d) =>
          d.draftId === e.data.draftId ? { ...d, cosponsors: [...(d.cosponsors ?? []), e.data.member] } : d,
        ),
      };
    case 'caucus-started.v1': {
      const { time: _t, source: _s, ...caucus } = e.data;
      return { ...state, caucus };
    }
    case 'caucus-extended.v1':
      return state.caucus ? { ...state, caucus: { ...state.caucus, totalSeconds: state.caucus.totalSeconds + e.data.seconds } } : state;
    case 'caucus-ended.v1':
      return { ...state, caucus: null };
    case 'straw-poll-closed.v1':
      return { ...state, strawPolls: state.strawPolls.map((p) => (p.pollId === e.data.pollId ? { ...p, status: 'closed' } : p)) };
    default:
      return state;
  }
}

/** The drafts after `amendment` was adopted: its target's paragraph revised, deleted or added. */
export function amendText(drafts: Draft[], amendment: Draft): Draft[] {
  const ref = amendment.paragraph;
  if (amendment.amends === undefined || ref === undefined) return drafts;
  return drafts.map((d) => {
    if (d.draftId !== amendment.amends) return d;
    const paragraphs = [...(d[ref.part] ?? [])];
    if (amendment.change === 'delete') paragraphs.splice(ref.index, 1);
    else if (amendment.change === 'add') paragraphs.splice(ref.index, 0, amendment.text ?? '');
    else paragraphs[ref.index] = amendment.text ?? paragraphs[ref.index] ?? '';
    return { ...d, [ref.part]: paragraphs };
  });
}
