/**
 * An outcome explained in any of the six official languages, rendered from the engine's
 * language-free Decision (outcome, reason, tally, required, vetoedBy and its facts), never
 * from its English text. Spec identifiers go only into `details`, never into the sentence.
 */
import type { IntlMessageFormat } from 'intl-messageformat';
import { compileMessage } from '../message-format.js';
import type { Decision, DecisionFacts, RuleWarning, ScMatter, StateCode, TraceStep } from '../../rules/types.js';
import { countryList, NAME_LANGUAGES, type NameLanguage } from '../../data/country-names/index.js';
import { outcomeWording } from '../../rules/bodies/profile.js';
import { CAUCUS_PRACTICE } from '../../rules/practice/caucus.js';
import { ar } from './messages/ar.js';
import { en, type MessageId, type Messages } from './messages/en.js';
import { es } from './messages/es.js';
import { fr } from './messages/fr.js';
import { ru } from './messages/ru.js';
import { zh } from './messages/zh.js';
import { TRACE_CATALOGUES, traceMessage, type TraceMessageId } from './trace/catalogue.js';

export const LANGUAGES = NAME_LANGUAGES;
export type Language = NameLanguage;
export const CATALOGUES: Readonly<Record<Language, Messages>> = { ar, en, es, fr, ru, zh };
export const isLanguage = (lang: string): lang is Language => (LANGUAGES as readonly string[]).includes(lang);

const compiled = new Map<string, IntlMessageFormat>();

/** One message of the explanation catalogue, formatted. */
export function message(lang: Language, id: MessageId, params: Record<string, string | number> = {}): string {
  const key = `${lang}\u0000${id}`;
  let format = compiled.get(key);
  if (!format) {
    format = compileMessage(CATALOGUES[lang][id], lang);
    compiled.set(key, format);
  }
  return String(format.format(params));
}

export type ExplainedDecision = Pick<Decision, 'outcome' | 'reason' | 'tally' | 'required' | 'vetoedBy' | 'rules'> & {
  facts?: DecisionFacts;
};

export interface ExplainInput {
  decision: ExplainedDecision;
  /** The question's class, from the vote, for decisions recorded without facts. */
  matter?: ScMatter | null;
  /** The organ (security-council, general-assembly, ga-main-committee, ga-third-committee, human-rights-council). */
  body?: string;
  majority?: 'simple' | 'two-thirds' | 'majority-of-membership';
}

export interface Explanation {
  /** What a President would announce, and why, in plain words. */
  sentence: string;
  /** The sources applied, cited in the language; spec identifiers live here only. */
  details: string[];
}

// Chinese runs sentences together; the others separate them with a space.
const joinSentences = (lang: Language, parts: string[]) => parts.filter(Boolean).join(lang === 'zh' ? '' : ' ');

export function explain(input: ExplainInput, lang: Language): Explanation {
  const { decision } = input;
  const t = (id: MessageId, params: Record<string, string | number> = {}) => message(lang, id, params);
  const tally = t('tally', { yes: decision.tally.yes, no: decision.tally.no, abstain: decision.tally.abstain });
  const names = (codes: readonly StateCode[]) => ({
    names: countryList(codes, lang, 'text'),
    ofNames: countryList(codes, lang, 'of'),
    count: codes.length,
  });
  const facts = decision.facts;
  const assembly = facts ? facts.organ !== 'security-council' : input.body !== undefined && input.body !== 'security-council';
  const parts: string[] = [];
  const { yes } = decision.tally;
  const required = decision.required;
  const met = yes >= required;
  const shortfall = t('short', { yes, short: Math.max(required - yes, 0) });

  // A Model UN caucus motion (practice: Model UN): a simple majority of the members present, whatever the body.
  if (decision.rules[0] === CAUCUS_PRACTICE) {
    parts.push(t(decision.outcome === 'adopted' ? 'head.adopted' : 'head.notAdopted', { tally }));
    parts.push(decision.reason === 'tie' ? t('ga.tie') : t('caucus.majority', { required, yes }));
    return { sentence: joinSentences(lang, parts), details: citations(decision.rules, lang) };
  }

  if (assembly) {
    // A Main Committee approves or rejects (spec R55): the body's word, from the rules.
    const committee = facts?.organ === 'ga-main-committee' || outcomeWording(input.body) === 'approve';
    const adopted = decision.outcome === 'adopted';
    parts.push(t(committee ? (adopted ? 'head.approved' : 'head.rejected') : adopted ? 'head.adopted' : 'head.rejected', { tally }));
    const pv = facts && facts.organ !== 'security-council' ? facts.presentAndVoting : decision.tally.yes + decision.tally.no;
    const majority = facts && facts.organ !== 'security-council' ? facts.majority : (input.majority ?? 'simple');
    if (decision.reason === 'tie') parts.push(t('ga.tie'));
    else if (committee) parts.push(t('ga.committee', { required, pv }));
    else if (majority === 'two-thirds') parts.push(t('ga.twoThirds', { required, pv }));
    else if (majority === 'majority-of-membership') {
      parts.push(t('ga.membership', { required, membership: facts && facts.organ !== 'security-council' ? facts.membership : 193 }));
    } else parts.push(t('ga.simple', { required, pv }));
    return { sentence: joinSentences(lang, parts), details: citations(decision.rules, lang) };
  }

  const sc = facts && facts.organ === 'security-council' ? facts : undefined;
  const matter: ScMatter = sc?.matter ?? input.matter ?? (decision.reason === 'veto' ? 'non-procedural' : 'non-procedural');
  parts.push(t(decision.outcome === 'adopted' ? 'head.adopted' : 'head.notAdopted', { tally }));
  if (sc && sc.obligedToAbstain.length > 0) parts.push(t('sc.obliged', names(sc.obligedToAbstain)));
  if (matter === 'icj-election') {
    parts.push(t('sc.icj', { required, yes, met: met ? 'yes' : 'no', shortfall }));
  } else if (matter === 'procedural') {
    parts.push(t('sc.procedural', { required, yes, met: met ? 'yes' : 'no', shortfall }));
    if (sc && sc.permanentAgainst.length > 0) parts.push(t('sc.procedural.noVeto', names(sc.permanentAgainst)));
  } else if (decision.reason === 'veto') {
    const who = names(decision.vetoedBy);
    parts.push(t(sc?.vetoHow === 'did-not-concur' ? 'sc.vetoByOption' : 'sc.veto', { ...who, required, yes }));
  } else if (!met || decision.reason === 'insufficient-votes') {
    parts.push(t('sc.insufficient', { required, shortfall }));
    if (sc && sc.permanentAgainst.length > 0) parts.push(t('sc.insufficient.permanentNo', names(sc.permanentAgainst)));
  } else {
    parts.push(t('sc.met', { required, yes }));
    for (const kind of ['abstain', 'non-participation', 'absent'] as const) {
      const who = sc?.permanentNotConcurring.filter((p) => p.ballot === kind).map((p) => p.code) ?? [];
      if (who.length > 0)
        parts.push(t('sc.notConcurring', { ...names(who), kind: kind === 'non-participation' ? 'nonParticipation' : kind }));
    }
  }
  return { sentence: joinSentences(lang, parts), details: citations(decision.rules, lang) };
}

/** "Charter Art. 27(3)" -> "Charte, Article 27, paragraphe 3"; "spec R21" -> "spéc. R21"; others as written. */
export function citation(rule: string, lang: Language): string {
  const t = (id: MessageId, params: Record<string, string | number>) => message(lang, id, params);
  let m: RegExpMatchArray | null;
  if ((m = rule.match(/^Charter Art\. (\d+)\((\d+)\)$/))) return t('cite.charterPara', { article: m[1]!, paragraph: m[2]! });
  if ((m = rule.match(/^Charter Art\. (\d+)$/))) return t('cite.charter', { article: m[1]! });
  if ((m = rule.match(/^Rule (\d+)$/))) return t('cite.scRule', { n: m[1]! });
  if ((m = rule.match(/^GA rule (\d+)$/))) return t('cite.gaRule', { n: m[1]! });
  if ((m = rule.match(/^ICJ Statute Art\. (\d+)$/))) return t('cite.icj', { article: m[1]! });
  if ((m = rule.match(/^spec (\S+)$/))) return t('cite.spec', { id: m[1]! });
  if (rule === CAUCUS_PRACTICE) return traceMessage(lang, 'cite.practiceMun');
  if ((m = rule.match(/^Charter Art\. (\d+) \(1945 text\)$/))) return traceMessage(lang, 'cite.charter1945', { article: m[1]! });
  if ((m = rule.match(/^Charter Art\. (\d+)\((\d+)\) proviso$/)))
    return traceMessage(lang, 'cite.charterProviso', { article: m[1]!, paragraph: m[2]! });
  if ((m = rule.match(/^GA res (\d+\/\d+) para\. (\d+)$/))) return traceMessage(lang, 'cite.gaRes', { res: m[1]!, para: m[2]! });
  return rule;
}

export const citations = (rules: readonly string[], lang: Language): string[] => rules.map((r) => citation(r, lang));

/** One step of the engine's reasoning in a language: the source cited, the spec rule, what was found. */
export interface ExplainedStep {
  rule: string;
  spec: string;
  text: string;
  /** The language `text` is in: the reader's, or English for a step recorded before trace codes existed. */
  lang: Language;
}

/** The engine's step-by-step trace, rendered from its codes and arguments; steps without a code keep their English finding. */
export function explainTrace(trace: readonly TraceStep[], lang: Language): ExplainedStep[] {
  return trace.map((step) => {
    const rule = citation(step.rule, lang);
    if (!step.code) return { rule, spec: step.spec, text: step.finding, lang: 'en' };
    const params = paramsOf(step.args, lang);
    if (typeof params.yes === 'number' && typeof params.required === 'number') params.short = Math.max(params.required - params.yes, 0);
    if (typeof params.yes === 'number') params.yes3 = 3 * params.yes;
    if (typeof params.pv === 'number') params.pv2 = 2 * params.pv;
    if (typeof params.how === 'string') params.how = params.how === 'voted-against' ? 'votedAgainst' : 'didNotConcur';
    return { rule, spec: step.spec, text: traceMessage(lang, step.code, params), lang };
  });
}

/** A code's arguments as message parameters; a list of members as its names in running text, after "of", capitalised, and how many. */
function paramsOf(args: TraceStep['args'], lang: Language): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(args ?? {})) {
    if (typeof v === 'string' || typeof v === 'number') params[k] = v;
    else {
      params.names = countryList(v, lang, 'text');
      params.Names = capitaliseFirst(params.names);
      params.ofNames = countryList(v, lang, 'of');
      params.count = v.length;
    }
  }
  return params;
}

/** An engine warning in the language, from its code and arguments; a warning without them keeps its English message. */
export function warningText(w: RuleWarning, lang: Language): { text: string; lang: Language } {
  const id = `warning.${w.code}`;
  if (!w.args || !(id in TRACE_CATALOGUES[lang])) return { text: w.message, lang: 'en' };
  return { text: traceMessage(lang, id as TraceMessageId, paramsOf(w.args, lang)), lang };
}

/** "Step by step", "Warnings" and a step's line ("Charter Art. 27(3) (R21): …") in the language. */
export const traceLabel = (lang: Language, id: 'trace.heading' | 'warnings.heading') => traceMessage(lang, id);
export const warningLine = (lang: Language, w: RuleWarning) => traceMessage(lang, 'warnings.line', { message: warningText(w, lang).text });
export const traceLine = (lang: Language, step: ExplainedStep) => traceMessage(lang, 'trace.step', { ...step });

const capitaliseFirst = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

export type { MessageId, Messages };
export { en as ENGLISH_MESSAGES };

// The web app's one door into the language modules: names and known texts in the six languages.
export { countryList, countryName, isNameLanguage, joinIn, type NameForm } from '../../data/country-names/index.js';
// Agenda items and titles council ships, by key, in the six languages (anything typed stays as entered).
export { agendaKey, agendaText, agendaText as knownText } from '../agenda/index.js';
export { publicSource, publicSources } from '../public-source.js';
