/**
 * The shipped fonts in the PDF record: each WOFF file is unwrapped to the font it holds
 * (same glyphs, same metrics as fontkit reads from the WOFF itself), parsed once per process
 * however many records are made, and embedded as a subset.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { create } from 'fontkit';
import { fontFiles, parsedFontCount } from '../../src/records/pdf-text.js';
import { isWoff, woffToSfnt } from '../../src/records/woff.js';
import { renderSession } from '../../src/records/render.js';
import { findFixture, runFixture } from '../../src/sessions/fixtures/index.js';

const SAMPLE = [...'AZaz09éÉçñĀāŁłŐőȘșЖжЯяابتثجحخ،٣中国美利坚合众国安全理事会决议草案。，'].map((c) => c.codePointAt(0)!);

test('each shipped WOFF unwraps to the same font: glyph count, name, glyphs and advance widths', () => {
  for (const file of fontFiles()) {
    const woff = readFileSync(file);
    assert.ok(isWoff(woff), basename(file));
    const sfnt = woffToSfnt(woff);
    assert.equal(sfnt.readUInt32BE(0), 0x00010000, `${basename(file)}: a TrueType sfnt`);
    const a = create(woff);
    const b = create(sfnt);
    assert.equal(b.numGlyphs, a.numGlyphs, basename(file));
    assert.equal(b.postscriptName, a.postscriptName);
    let covered = 0;
    for (const cp of SAMPLE) {
      assert.equal(b.hasGlyphForCodePoint(cp), a.hasGlyphForCodePoint(cp), `${basename(file)} U+${cp.toString(16)}`);
      if (!a.hasGlyphForCodePoint(cp)) continue;
      covered++;
      const [ga, gb] = [a.glyphForCodePoint(cp), b.glyphForCodePoint(cp)];
      assert.equal(gb.id, ga.id);
      assert.equal(gb.advanceWidth, ga.advanceWidth);
    }
    assert.ok(covered > 0, `${basename(file)} covers some of the sample`);
  }
});

test('a file that is not WOFF is refused', () => {
  assert.equal(isWoff(Buffer.from('OTTO\0\0\0\0')), false);
  assert.throws(() => woffToSfnt(Buffer.alloc(64)), /not a WOFF/);
});

test('records in Chinese and Arabic parse each font once per process, and embed a subset', async () => {
  const run = runFixture(findFixture('sc-2017-12-11-dprk')!);
  assert.ok(run.ok);
  const first = (await renderSession(run.value.events, 'pdf', 'zh')) as Buffer;
  const afterFirst = parsedFontCount();
  assert.ok(afterFirst >= 2 && afterFirst <= fontFiles().length, `${afterFirst} fonts parsed`);
  const again = (await renderSession(run.value.events, 'pdf', 'zh')) as Buffer;
  assert.equal(parsedFontCount(), afterFirst, 'a second Chinese record parses nothing again');
  assert.equal(again.length, first.length);
  await renderSession(run.value.events, 'pdf', 'ar');
  await renderSession(run.value.events, 'pdf', 'ar');
  assert.ok(parsedFontCount() <= fontFiles().length, 'never more parses than files');
  // The CJK font is 1.5 MB; the record carries only the glyphs it uses.
  const cjk = readFileSync(fontFiles().find((f) => f.includes('-sc-'))!).length;
  assert.ok(first.length < cjk / 10, `Chinese record is ${first.length} bytes`);
});
