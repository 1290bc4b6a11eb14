/**
 * Quorum (GA rules 67 and 108; spec R62): debate needs a third of Members present in plenary
 * (a quarter in a Main Committee); any decision needs a majority of Members present.
 */
export function gaQuorum(input: {
  body: 'general-assembly' | 'ga-main-committee';
  membership: number;
  present: number;
  stage: 'debate' | 'decision';
}): { met: boolean; required: number; rule: string } {
  const rule = input.body === 'general-assembly' ? 'GA rule 67' : 'GA rule 108';
  const required =
    input.stage === 'decision'
      ? Math.floor(input.membership / 2) + 1
      : Math.ceil(input.membership / (input.body === 'general-assembly' ? 3 : 4));
  return { met: input.present >= required, required, rule };
}
