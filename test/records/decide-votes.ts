/**
 * One `council decide` input per kind of sentence and warning the engine has (the 18 Dec 2017
 * Council, the Assembly, a Main Committee), shared by the tests that read every sentence.
 */
const P5 = ['CHN', 'FRA', 'GBR', 'RUS', 'USA'];
const ELECTED_2017 = ['BOL', 'EGY', 'ETH', 'ITA', 'JPN', 'KAZ', 'SEN', 'SWE', 'UKR', 'URY'];
const all = (ballot: string) => Object.fromEntries([...P5, ...ELECTED_2017].map((c) => [c, ballot]));
const sc = (matter: string, votes: Record<string, string>, extra: object = {}) =>
  JSON.stringify({ body: 'security-council', date: '2017-12-18', matter, votes, ...extra });

export const DECIDE_VOTES: Record<string, string> = {
  veto: sc('non-procedural', { ...all('yes'), USA: 'no' }),
  doubleVeto: sc('non-procedural', { ...all('yes'), CHN: 'no', RUS: 'no' }),
  procedural: sc('procedural', { ...all('yes'), CHN: 'no', RUS: 'no', EGY: 'abstain' }),
  insufficient: sc('non-procedural', { ...all('abstain'), USA: 'no', GBR: 'yes' }),
  vetoByOption: sc('non-procedural', { ...all('abstain'), USA: 'no', GBR: 'yes' }, { options: { classifyP5NoBelowThresholdAsVeto: true } }),
  abstention: sc('non-procedural', { ...all('yes'), CHN: 'abstain', RUS: 'non-participation' }),
  icj: sc('icj-election', { ...all('yes'), USA: 'no' }),
  dispute: sc('non-procedural', { ...all('yes'), SWE: 'abstain' }, { chapter: 'VI', dispute: { parties: ['SWE'] } }),
  disputeRecordOnly: sc(
    'non-procedural',
    { ...all('yes'), SWE: 'no' },
    { chapter: 'VI', dispute: { parties: ['SWE'] }, options: { obligatoryAbstentionMode: 'record-only' } },
  ),
  noChapter: sc('non-procedural', { ...all('yes') }, { dispute: { parties: ['SWE'] } }),
  gaSimple: JSON.stringify({ body: 'general-assembly', majority: 'simple', tally: { yes: 93, no: 24, abstain: 58 } }),
  gaTwoThirds: JSON.stringify({ body: 'general-assembly', majority: 'two-thirds', tally: { yes: 93, no: 60, abstain: 20 } }),
  gaMembership: JSON.stringify({ body: 'general-assembly', majority: 'majority-of-membership', tally: { yes: 96, no: 24, abstain: 58 } }),
  gaArrears: JSON.stringify({
    body: 'general-assembly',
    majority: 'simple',
    votes: { FRA: 'yes', USA: 'no', SOM: 'yes' },
    options: { art19NoVote: ['SOM'] },
  }),
  committeeTie: JSON.stringify({ body: 'ga-main-committee', majority: 'simple', tally: { yes: 50, no: 50, abstain: 58 } }),
  committeeTwoThirds: JSON.stringify({ body: 'ga-main-committee', majority: 'two-thirds', tally: { yes: 60, no: 40, abstain: 80 } }),
};
