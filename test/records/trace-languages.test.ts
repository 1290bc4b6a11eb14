/**
 * The engine's step-by-step trace is language-free (codes, numbers, member codes, cited
 * articles: src/rules TRACE_CODES) and rendered in each of the six languages (src/records).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compositionOn } from '../../src/data/index.js';
import { decideGeneralAssembly, decideSecurityCouncil } from '../../src/rules/index.js';
import { decideCaucusMotion } from '../../src/rules/practice/caucus.js';
import { TRACE_CODES, type Decision, type TraceStep } from '../../src/rules/types.js';
import { explainTrace, LANGUAGES, type Language } from '../../src/records/explain/index.js';
import { TRACE_CATALOGUES } from '../../src/records/explain/trace/catalogue.js';

const SCRIPT: Record<Language, RegExp> = {
  en: /[A-Za-z]/u,
  fr: /[a-zéèà]/u,
  es: /[a-záéíóúñ]/u,
  ru: /[\u0400-\u04FF]/u,
  zh: /[\u4E00-\u9FFF]/u,
  ar: /[\u0600-\u06FF]/u,
};

const composition = (() => {
  const c = compositionOn('2017-12-18');
  if (!c.ok) throw new Error(c.error.message);
  return c.value;
})();
const members = composition.seats.map((s) => s.code);
const all = (ballot: 'yes' | 'abstain') => Object.fromEntries(members.map((c) => [c, ballot]));
function sc(matter: 'procedural' | 'non-procedural' | 'icj-election', ballots: Record<string, string>, extra: object = {}): Decision {
  const d = decideSecurityCouncil({ composition, matter, ballots: ballots as never, ...extra }, { obligatoryAbstentionMode: 'strict' });
  if (!d.ok) throw new Error(d.error.message);
  return d.value;
}
function ga(majority: 'simple' | 'two-thirds' | 'majority-of-membership', yes: number, no: number, committee = false): Decision {
  const d = decideGeneralAssembly({
    body: committee ? 'ga-main-committee' : 'general-assembly',
    majority,
    tally: { yes, no, abstain: 30 },
  });
  if (!d.ok) throw new Error(d.error.message);
  return d.value;
}

/** Decisions that between them reach every trace code. */
const DECISIONS: Record<string, Decision> = {
  veto: sc('non-procedural', { ...all('yes'), USA: 'no' }),
  procedural: sc('procedural', { ...all('yes'), CHN: 'no', RUS: 'no' }),
  proceduralNoNo: sc('procedural', all('yes')),
  insufficient: sc('non-procedural', { ...all('abstain'), USA: 'no', GBR: 'yes' }),
  abstention: sc('non-procedural', { ...all('yes'), CHN: 'abstain' }),
  icj: sc('icj-election', all('yes')),
  dispute: sc('non-procedural', { ...all('yes'), SWE: 'abstain' }, { chapter: 'VI', dispute: { parties: ['SWE'] } }),
  gaSimple: ga('simple', 90, 20),
  gaTie: ga('simple', 40, 40, true),
  gaTwoThirds: ga('two-thirds', 90, 50),
  gaMembership: ga('majority-of-membership', 90, 20),
  caucus: decideCaucusMotion({ ballots: { ...all('yes'), CHN: 'no' } as never }),
};

describe('the trace, language-free', () => {
  it('every step the engine writes has a code and arguments, and the codes cover TRACE_CODES', () => {
    const seen = new Set<string>();
    for (const [kind, d] of Object.entries(DECISIONS)) {
      for (const step of d.trace) {
        assert.ok(step.code, `${kind}: "${step.finding}" has no code`);
        assert.ok(step.args, `${kind}: ${step.code} has no arguments`);
        seen.add(step.code);
        // Arguments are numbers, closed words and member codes: nothing to translate.
        for (const v of Object.values(step.args)) {
          if (Array.isArray(v)) for (const c of v) assert.match(c, /^[A-Z]{3}$/u);
          else if (typeof v === 'string') assert.match(v, /^[a-z-]+$/u, `${step.code}: "${v}"`);
          else assert.equal(typeof v, 'number');
        }
      }
    }
    assert.deepEqual([...seen].sort(), [...TRACE_CODES].sort());
  });

  it('every catalogue has a message for every code and label the English one has', () => {
    const keys = Object.keys(TRACE_CATALOGUES.en).sort();
    for (const lang of LANGUAGES) assert.deepEqual(Object.keys(TRACE_CATALOGUES[lang]).sort(), keys, lang);
    for (const code of TRACE_CODES) assert.ok(keys.includes(code), code);
  });
});

describe('the trace, rendered in each language', () => {
  for (const lang of LANGUAGES) {
    it(`${lang}: every step in the language's script, with the numbers and members of the decision`, () => {
      for (const [kind, d] of Object.entries(DECISIONS)) {
        const steps = explainTrace(d.trace, lang);
        assert.equal(steps.length, d.trace.length);
        for (const [i, step] of steps.entries()) {
          assert.match(step.text, SCRIPT[lang], `${kind} step ${i + 1}: ${step.text}`);
          assert.equal(step.spec, d.trace[i]!.spec);
          assert.equal(step.lang, lang);
          assert.doesNotMatch(step.text, /\{|\}/u, `${kind}: an argument was left unfilled: ${step.text}`);
        }
      }
      const veto = explainTrace(DECISIONS.veto!.trace, lang);
      assert.match(veto[0]!.text, /14/u, 'the tally');
      assert.match(veto[1]!.text, /9/u, 'the threshold');
      const vetoer = { en: 'United States', fr: 'États-Unis', es: 'Estados Unidos', ru: 'Соединенн', zh: '美国', ar: 'الولايات المتحدة' }[
        lang
      ];
      assert.ok(veto.at(-1)!.text.includes(vetoer), `${lang}: ${veto.at(-1)!.text}`);
      const twoThirds = explainTrace(DECISIONS.gaTwoThirds!.trace, lang).at(-1)!.text;
      assert.match(twoThirds, /3 × 90 = 270 ≥ 2 × 140 = 280|3 × 90 = 270 < 2 × 140 = 280/u);
    });
  }

  it('cites the article in the language', () => {
    assert.equal(explainTrace(DECISIONS.veto!.trace, 'fr').at(-1)!.rule, 'Charte, Article 27, paragraphe 3');
    assert.equal(explainTrace(DECISIONS.veto!.trace, 'zh').at(-1)!.rule, '《宪章》第27条第3项');
    assert.equal(explainTrace(DECISIONS.gaMembership!.trace, 'es').at(-1)!.rule, 'resolución 60/251 de la Asamblea General, párr. 7');
  });

  it('a step recorded before codes existed keeps its English finding, marked English', () => {
    const old: TraceStep = { rule: 'Charter Art. 27(3)', spec: 'R21', finding: 'The United States voted against: veto.' };
    const [step] = explainTrace([old], 'ru');
    assert.equal(step!.text, old.finding);
    assert.equal(step!.lang, 'en');
    assert.equal(step!.rule, 'пункт 3 статьи 27 Устава');
  });
});

describe('the trace as stored', () => {
  it('a recorded vote keeps its trace codes through the event schema', async () => {
    const { EVENT_SCHEMAS } = await import('../../src/protocol/events.js');
    const { fixtures, runFixture } = await import('../../src/sessions/fixtures/index.js');
    const run = runFixture(fixtures.find((f) => f.id === 'sc-2017-12-11-dprk')!);
    assert.ok(run.ok);
    const recorded = run.value.events.find((e) => e.type === 'vote-recorded.v1')!;
    const parsed = EVENT_SCHEMAS['vote-recorded.v1'].parse(JSON.parse(JSON.stringify(recorded.data))) as { decision: Decision };
    assert.deepEqual(
      parsed.decision.trace.map((s) => s.code),
      ['sc.ballots', 'sc.required', 'sc.count', 'sc.procedural.noVeto'],
    );
    assert.deepEqual(parsed.decision.trace[3]!.args, { members: ['CHN', 'RUS'] });
  });
});
