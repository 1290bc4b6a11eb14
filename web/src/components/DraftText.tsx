/**
 * A draft's text as the meeting sees it: title, sponsors and co-sponsors, preambular and
 * numbered operative paragraphs, with the paragraph under vote (an amendment's target)
 * marked in words as well as colour.
 */
import { useI18n } from '../i18n/index.js';
import { partUnderVote } from '../session/division.js';
import { nameOf, type SessionState } from '../session/view.js';

type Draft = SessionState['drafts'][number];

export function DraftText({ state, draft, underVote }: { state: SessionState; draft: Draft; underVote?: Draft | null }) {
  const { t, stateName, list, known } = useI18n();
  const names = (codes: string[]) => list(codes.map((c) => stateName(c, nameOf(state, c))));
  const separate = partUnderVote(state);
  const target =
    underVote?.amends === draft.draftId ? underVote.paragraph : separate?.draftId === draft.draftId ? separate.part : undefined;
  const marked = (part: 'preambular' | 'operative', i: number) => target?.part === part && target.index === i;
  const paragraph = (part: 'preambular' | 'operative', text: string, i: number) => (
    <li
      key={i}
      className={marked(part, i) ? 'paragraph under-vote' : 'paragraph'}
      data-testid={marked(part, i) ? 'paragraph-under-vote' : undefined}
    >
      {marked(part, i) ? (
        <strong className="under-vote-label">
          {t(separate?.draftId === draft.draftId ? 'division.underSeparateVote' : 'draftText.underVote')}{' '}
        </strong>
      ) : null}
      {text}
    </li>
  );
  return (
    <article className="draft-text" aria-label={draft.symbol ?? draft.title} data-testid="draft-text">
      <p className="draft-title">
        <strong>
          {draft.symbol ? `${draft.symbol} — ` : ''}
          {known(draft.title)}
        </strong>
      </p>
      {draft.sponsors.length > 0 ? <p className="help">{t('draftText.sponsors', { names: names(draft.sponsors) })}</p> : null}
      {draft.cosponsors?.length ? (
        <p className="help" data-testid="cosponsors">
          {t('draftText.cosponsors', { names: names(draft.cosponsors) })}
        </p>
      ) : null}
      {draft.preambular?.length ? (
        <ul className="plain preambular">{draft.preambular.map((p, i) => paragraph('preambular', p, i))}</ul>
      ) : null}
      {draft.operative?.length ? <ol className="operative">{draft.operative.map((p, i) => paragraph('operative', p, i))}</ol> : null}
      {underVote?.amends === draft.draftId ? (
        <p className="amendment-proposal" data-testid="amendment-proposal">
          {underVote.change === 'delete' ? t('draftText.proposesDelete') : t('draftText.proposes', { text: underVote.text ?? '' })}
        </p>
      ) : null}
    </article>
  );
}
