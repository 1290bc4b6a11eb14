/**
 * Reducer cases for division of a text (Rule 32; GA rule 89 [129]). Pure and copying. When every
 * part is decided the text becomes what is left (rejected parts out): that is the text voted as a
 * whole and, if adopted, the text the record prints.
 */
import type { SessionEvent } from './events.js';
import type { Division, SessionState } from './state.js';

export function applyDivision(state: SessionState, e: SessionEvent): SessionState {
  const divisions = state.divisions ?? [];
  const update = (id: string, f: (d: Division) => Division): SessionState => ({
    ...state,
    divisions: divisions.map((d) => (d.divisionId === id ? f(d) : d)),
  });
  switch (e.type) {
    case 'division-requested.v1':
      if (divisions.some((d) => d.divisionId === e.data.divisionId)) return state;
      return { ...state, divisions: [...divisions, { ...e.data, status: 'requested', objections: [], results: [] }] };
    case 'division-objected.v1':
      return update(e.data.divisionId, (d) => ({
        ...d,
        objections: d.objections.includes(e.data.by) ? d.objections : [...d.objections, e.data.by],
        status: d.status === 'requested' && e.data.effect === 'vote' ? 'objected' : d.status,
      }));
    case 'division-decided.v1':
      return update(e.data.divisionId, (d) => ({ ...d, status: e.data.outcome }));
    case 'part-decided.v1':
      return update(e.data.divisionId, (d) => ({ ...d, results: [...d.results, e.data] }));
    case 'division-completed.v1': {
      const done = update(e.data.divisionId, (d) => ({ ...d, status: 'completed', outcome: e.data.outcome }));
      const { draftId, preambular, operative } = e.data;
      return { ...done, drafts: done.drafts.map((d) => (d.draftId === draftId ? { ...d, preambular, operative } : d)) };
    }
    default:
      return state;
  }
}
