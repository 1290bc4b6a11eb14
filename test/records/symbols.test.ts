import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  distributionClass,
  emptyTextRegistry,
  formatJointSymbol,
  formatSymbol,
  gaResolutionSymbol,
  jointSymbol,
  parseJointSymbol,
  parseSymbol,
  registerText,
  resolveSymbol,
  sameText,
  scDocumentSymbol,
  scResolutionSymbol,
  verbatimRecordSymbol,
  presidentialStatementSymbol,
  gaDocumentSymbol,
  KNOWN_TEXTS,
  knownTextRegistry,
} from '../../src/records/symbols/index.js';

function parse(s: string) {
  const r = parseSymbol(s);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('document symbols (spec R46-R50)', () => {
  it('T50 A/C.3/69/L.28/Rev.1: Third Committee, session 69, draft L.28, revision 1, limited', () => {
    const p = parse('A/C.3/69/L.28/Rev.1');
    assert.equal(p.organ, 'A');
    assert.equal(p.committee, 3);
    assert.equal(p.session, 69);
    assert.equal(p.draft, 28);
    assert.deepEqual(p.modifiers, [{ name: 'Rev', n: 1 }]);
    assert.equal(p.kind, 'draft');
    assert.equal(p.distribution, 'limited');
  });

  it('T51 S/RES/2623 (2022): SC resolution 2623 of 2022, general distribution', () => {
    const p = parse('S/RES/2623 (2022)');
    assert.deepEqual([p.organ, p.kind, p.number, p.year, p.distribution], ['S', 'resolution', 2623, 2022, 'general']);
    assert.equal(parse('S/RES/2623(2022)').symbol, 'S/RES/2623 (2022)');
  });

  it('T52 a letter in both series: joint symbol with agenda items, no meeting triggered', () => {
    const j = parseJointSymbol('A/69/623\u2013S/2014/872', [68]);
    assert.ok(j.ok);
    if (!j.ok) return;
    assert.equal(j.value.ga.session, 69);
    assert.deepEqual([j.value.sc.year, j.value.sc.number], [2014, 872]);
    assert.deepEqual(j.value.gaAgendaItems, [68]);
    assert.equal(j.value.triggersMeeting, false);
    assert.equal(formatJointSymbol(j.value), 'A/69/623\u2013S/2014/872 (GA agenda item 68)');
    const built = jointSymbol({ session: 69, n: 623 }, { year: 2014, n: 872 }, [68]);
    assert.ok(built.ok && built.value.symbol === j.value.symbol);
    assert.equal(parseJointSymbol('S/2014/872\u2013A/69/623').ok, false, 'the GA part comes first');
    assert.equal(parseJointSymbol('A/69/623').ok, false);
  });

  it('T53 one text, two series: A/HRC/25/63 and S/2014/276 resolve to the same report', () => {
    const r = registerText(emptyTextRegistry(), {
      id: 'dprk-coi-2014',
      title: "Report of the commission of inquiry on human rights in the Democratic People's Republic of Korea",
      symbols: ['A/HRC/25/63', 'S/2014/276'],
      source: 'S&D ch. 4 s. 3b; UN press coverage of S/PV.7353',
    });
    assert.ok(r.ok);
    if (!r.ok) return;
    assert.equal(resolveSymbol(r.value, 'S/2014/276')?.id, 'dprk-coi-2014');
    assert.equal(resolveSymbol(r.value, 'S/2014/276*')?.id, 'dprk-coi-2014', 'a reissue names the same text');
    assert.ok(sameText(r.value, 'A/HRC/25/63', 'S/2014/276'));
    assert.equal(sameText(r.value, 'A/HRC/25/63', 'S/2014/872'), false);
    const clash = registerText(r.value, { id: 'other', title: 'x', symbols: ['S/2014/276'], source: 'test' });
    assert.equal(clash.ok, false);
    if (!clash.ok) assert.equal(clash.error.code, 'symbol-conflict');
  });

  it('Security Council series (R47)', () => {
    assert.deepEqual([parse('S/2014/872').year, parse('S/2014/872').number], [2014, 872]);
    const old = parse('S/18570');
    assert.deepEqual([old.year, old.number], [undefined, 18570]);
    assert.equal(parse('S/PV.7353').meeting, 7353);
    const resumed = parse('S/PV.7353 (Resumption 1)');
    assert.deepEqual([resumed.kind, resumed.meeting, resumed.resumption], ['verbatim-record', 7353, 1]);
    const prst = parse('S/PRST/2014/5');
    assert.deepEqual([prst.kind, prst.year, prst.number], ['presidential-statement', 2014, 5]);
  });

  it('General Assembly series (R48)', () => {
    assert.deepEqual([parse('A/69/623').session, parse('A/69/623').number], [69, 623]);
    assert.deepEqual([parse('A/RES/69/188').kind, parse('A/RES/69/188').session, parse('A/RES/69/188').number], ['resolution', 69, 188]);
    const es = parse('A/RES/ES-11/3');
    assert.deepEqual([es.session, es.number], ['ES-11', 3]);
    const hrc = parse('A/HRC/25/63');
    assert.deepEqual([hrc.session, hrc.number, hrc.parts[0]?.kind], [25, 63, 'body']);
  });

  it('trailing star, unknown components kept opaque, original kept', () => {
    const star = parse('S/2017/969*');
    assert.equal(star.reissued, true);
    assert.equal(star.symbol, 'S/2017/969*');
    const odd = parse('CRC/C/GC/25');
    assert.deepEqual(
      odd.parts.filter((p) => p.kind === 'opaque').map((p) => p.text),
      ['C', 'GC'],
    );
    const spaced = parse('  S/2014/872 ');
    assert.equal(spaced.original, '  S/2014/872 ');
    assert.equal(spaced.symbol, 'S/2014/872');
  });

  it('malformed symbols are typed errors', () => {
    for (const bad of ['', 'S', 'S//1', 's/2014/872', 'S/20 14/1', 'S/2014/872 (Resumption 1)', 'A/69/1 (2014)']) {
      const r = parseSymbol(bad);
      assert.equal(r.ok, false, bad);
      if (!r.ok) assert.equal(r.error.code, 'malformed-symbol');
    }
  });

  it('R50 distribution: L. limited, R. restricted, masthead overrides', () => {
    assert.equal(parse('A/69/L.5').distribution, 'limited');
    assert.equal(parse('S/AC.26/R.3').distribution, 'restricted');
    assert.equal(distributionClass(parse('S/2014/872')), 'general');
    assert.equal(distributionClass(parse('A/69/L.5'), 'Distr.: General'), 'general');
  });

  it('builders produce what the parser reads back', () => {
    assert.equal(parse(scResolutionSymbol(2623, 2022)).number, 2623);
    assert.equal(parse(verbatimRecordSymbol(7353, 2)).resumption, 2);
    assert.equal(scDocumentSymbol(1987, 18570), 'S/18570');
    assert.equal(scDocumentSymbol(2014, 872), 'S/2014/872');
    assert.equal(parse(presidentialStatementSymbol(2014, 5)).kind, 'presidential-statement');
    assert.equal(parse(gaDocumentSymbol(69, 623)).session, 69);
    assert.equal(parse(gaResolutionSymbol('ES-11', 3)).session, 'ES-11');
  });

  it('round trip: formatting a parsed canonical symbol gives it back', () => {
    const symbol = fc.oneof(
      fc.tuple(fc.integer({ min: 1994, max: 2030 }), fc.integer({ min: 1, max: 1200 })).map(([y, n]) => `S/${y}/${n}`),
      fc.tuple(fc.integer({ min: 1, max: 2800 }), fc.integer({ min: 1946, max: 2030 })).map(([n, y]) => `S/RES/${n} (${y})`),
      fc
        .tuple(fc.integer({ min: 1, max: 9999 }), fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }))
        .map(([m, r]) => verbatimRecordSymbol(m, r)),
      fc
        .tuple(
          fc.integer({ min: 1, max: 6 }),
          fc.integer({ min: 31, max: 80 }),
          fc.integer({ min: 1, max: 80 }),
          fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
          fc.boolean(),
        )
        .map(([c, s, l, rev, star]) => `A/C.${c}/${s}/L.${l}${rev ? `/Rev.${rev}` : ''}${star ? '*' : ''}`),
    );
    fc.assert(
      fc.property(symbol, (s) => {
        const p = parse(s);
        assert.equal(p.symbol, s);
        assert.equal(formatSymbol(p), s);
      }),
    );
  });

  it('known texts: every entry registers, carries a source, and T53 resolves through it', () => {
    const reg = knownTextRegistry();
    assert.equal(reg.texts.size, KNOWN_TEXTS.length);
    for (const t of KNOWN_TEXTS) assert.ok(t.source.length > 0);
    assert.ok(sameText(reg, 'A/HRC/25/63', 'S/2014/276'));
  });
});

describe('symbol robustness', () => {
  it('parseSymbol never throws, and a parsed symbol re-parses to itself', () => {
    const piece = fc.constantFrom(
      'A',
      'S',
      'RES',
      'PV.12',
      'C.3',
      '69',
      '2014',
      'L.5',
      'Rev.1',
      'ES-11',
      'HRC',
      '(2022)',
      ' (Resumption 2)',
      '*',
      '/',
      '//',
      '(',
      ')',
      ' ',
      'x',
    );
    const text = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.array(piece, { maxLength: 8 }).map((p) => p.join('')),
    );
    fc.assert(
      fc.property(text, (s) => {
        const r = parseSymbol(s);
        if (!r.ok) return;
        const again = parseSymbol(r.value.symbol);
        assert.ok(again.ok, `canonical "${r.value.symbol}" of "${s}" must parse`);
        if (again.ok) assert.equal(again.value.symbol, r.value.symbol);
      }),
      { numRuns: 5000 },
    );
  });
});
