import type { IsoDate } from '../../rules/types.js';
import type { ProceduralVote } from '../../data/procedural-votes/index.js';

/** Asking a Council-vote view for a vote it hides: a bug (leakage), never user input. */
export class CouncilLeakageError extends RangeError {
  constructor(id: string, why: string) {
    super(`procedural vote ${id} is outside this view (${why})`);
    this.name = 'CouncilLeakageError';
  }
}

/**
 * The Council-vote counterpart of GaView.before(): a forecast for a date sees only the
 * votes strictly before it (`before`), and a leave-one-case-out fit sees every vote but
 * the one it will be scored on (`without`). `vote(id)` throws for a hidden vote, so a
 * model cannot read the ballots it is asked to predict.
 */
export class CouncilVotesView {
  private constructor(
    private readonly all: readonly ProceduralVote[],
    readonly cutoff: IsoDate | null,
    private readonly excluded: ReadonlySet<string>,
  ) {}

  static of(votes: readonly ProceduralVote[]): CouncilVotesView {
    return new CouncilVotesView(votes, null, new Set());
  }

  private visible(v: ProceduralVote): boolean {
    return (this.cutoff === null || v.date < this.cutoff) && !this.excluded.has(v.id);
  }

  /** Votes dated strictly before `date`. */
  before(date: IsoDate): CouncilVotesView {
    const cutoff = this.cutoff !== null && this.cutoff < date ? this.cutoff : date;
    return new CouncilVotesView(this.all, cutoff, this.excluded);
  }

  /** Every visible vote but `id` (leave one case out). */
  without(id: string): CouncilVotesView {
    return new CouncilVotesView(this.all, this.cutoff, new Set([...this.excluded, id]));
  }

  list(): ProceduralVote[] {
    return this.all.filter((v) => this.visible(v));
  }

  vote(id: string): ProceduralVote {
    const v = this.all.find((x) => x.id === id);
    if (!v) throw new CouncilLeakageError(id, 'unknown');
    if (this.excluded.has(id)) throw new CouncilLeakageError(id, 'left out of this fit');
    if (this.cutoff !== null && v.date >= this.cutoff) throw new CouncilLeakageError(id, `dated on or after ${this.cutoff}`);
    return v;
  }
}
