/**
 * Agenda items and titles of the meetings and texts council ships (src/sessions/fixtures, the
 * Council's history), by a language-free key, in English: the reference catalogue (ICU
 * MessageFormat). Plain keys are the UN's own titles where the UN gives one; composite keys
 * (meeting.*, session.*, question.*) are council's titles of its historical replays.
 */
export const en = {
  // Security Council agenda items (S/Agenda; the Council's reports).
  'item.adoptionOfAgenda': 'Adoption of the agenda',
  'item.adoptionOfProvisionalAgenda': 'Adoption of the provisional agenda',
  'item.dprk': "The situation in the Democratic People's Republic of Korea",
  'item.middleEast': 'The situation in the Middle East, including the Palestinian question',
  // General Assembly agenda item (Third Committee), and the title of the DPRK resolutions (GA, HRC).
  'item.humanRights': 'Promotion and protection of human rights',
  'text.dprkHumanRights': "Situation of human rights in the Democratic People's Republic of Korea",
  // council's descriptions (no UN title exists): the Cuban amendment, the Arria meeting.
  'text.iccAmendment': 'Amendment deleting the paragraphs on referral to the International Criminal Court',
  'arria.dprk': "Arria-formula meeting on the human rights situation in the Democratic People's Republic of Korea",
  // Briefers' titles.
  'title.highCommissioner': 'United Nations High Commissioner for Human Rights',
  'title.specialRapporteurDprk': "Special Rapporteur on the situation of human rights in the Democratic People's Republic of Korea",
  'title.asgHumanRights': 'Assistant Secretary-General for Human Rights',
  'title.asgPoliticalAffairs': 'Assistant Secretary-General for Political Affairs',
  // Titles of the historical replays.
  'meeting.agendaVote': '{item}: agenda vote, {date}{hasSymbol, select, yes { ({symbol})} other {}}',
  'meeting.requestWithdrawn': '{item}: request withdrawn, {month}',
  'meeting.openBriefing': '{item}: open briefing, {date}',
  'meeting.arriaDprk': 'Arria-formula meeting on human rights in the DPRK, {date} (webcast blocked)',
  'meeting.thirdCommitteeDprk': 'Third Committee, {date}: DPRK human-rights draft and the Cuban amendment',
  'meeting.plenaryResolution': 'General Assembly plenary, {date}: resolution {resolution}',
  'meeting.hrcResolutionDprk': 'Human Rights Council, {date}: resolution {resolution} on the DPRK',
  'session.thirdCommittee': 'Third Committee: {item}',
  'session.hrc': 'Human Rights Council, {n}th session: {item}',
  'draft.recommended': '{item} (recommended by the Third Committee)',
  'question.draftTitled': 'Draft resolution: {item}',
  'question.draftSymbol': 'Draft resolution {symbol}',
  'question.amendment': 'Amendment {symbol} ({name})',
} as const;

export type AgendaKey = keyof typeof en;
export type AgendaMessages = Readonly<Record<AgendaKey, string>>;
