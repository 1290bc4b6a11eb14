/**
 * A motion for division (GA rule 89 [129]; spec R58; T32 contrast): without objection the
 * parts are voted separately; with an objection the motion for division is itself put to the
 * vote (after at most two speakers for and two against). The mover has no veto, unlike the
 * Council's Rule 32.
 */
export function decideDivisionRequest(input: { objection: boolean; motionAdopted?: boolean }):
  { status: 'divided' | 'not-divided' | 'vote-on-motion'; explanation: string } {
  if (!input.objection) return { status: 'divided', explanation: 'No objection: the parts are voted separately (GA rule 89).' };
  if (input.motionAdopted === undefined) {
    return { status: 'vote-on-motion', explanation: 'An objection: the motion for division is put to the vote (GA rule 89).' };
  }
  return input.motionAdopted
    ? { status: 'divided', explanation: 'The motion for division was adopted: the parts are voted separately.' }
    : { status: 'not-divided', explanation: 'The motion for division was rejected: the proposal is voted as a whole.' };
}

/**
 * After a division (GA rule 89): if every operative part was rejected the proposal as a whole
 * is rejected; otherwise the parts adopted are put to the vote as a whole.
 */
export function afterDivision(parts: readonly { operative: boolean; adopted: boolean }[]): 'rejected-as-a-whole' | 'vote-on-adopted-parts' {
  const operative = parts.filter((p) => p.operative);
  return operative.length > 0 && operative.every((p) => !p.adopted) ? 'rejected-as-a-whole' : 'vote-on-adopted-parts';
}
