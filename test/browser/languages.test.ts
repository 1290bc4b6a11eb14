/**
 * The app in the six official languages, in Chromium: a vetoed draft (18 Dec 2017, the
 * United States against; S/PV.8139) explained on the President's console in each language,
 * the board in each language (screenshots in test-output/screenshots/board-<lang>.png),
 * Arabic right to left and axe-clean, and the language chosen by ?lang=, then this
 * device's choice, then the browser's languages.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext } from 'playwright-core';
import ar from '../../web/src/i18n/ar.json' with { type: 'json' };
import es from '../../web/src/i18n/es.json' with { type: 'json' };
import ru from '../../web/src/i18n/ru.json' with { type: 'json' };
import zh from '../../web/src/i18n/zh.json' with { type: 'json' };
import { browserUnavailable, launchBrowser, shot, startApp, type RunningApp } from './harness.js';
import { expectAccessible, postJson, waitLive } from './helpers.js';

const skip = browserUnavailable();
if (skip) console.log(`# ${skip}`);

const COUNCIL_2017 = ['BOL', 'CHN', 'EGY', 'ETH', 'FRA', 'ITA', 'JPN', 'KAZ', 'RUS', 'SEN', 'SWE', 'UKR', 'GBR', 'USA', 'URY'];

const EXPECTED: Record<string, { explanation: RegExp; outcome: RegExp; script: RegExp }> = {
  en: { explanation: /a permanent member, the United States, voted against/, outcome: /vetoed by the United States/, script: /[a-z]/ },
  fr: { explanation: /un membre permanent, les États-Unis, a voté contre/, outcome: /veto des États-Unis/, script: /[éè]/u },
  es: {
    explanation: /un miembro permanente, los Estados Unidos, votó en contra/,
    outcome: /veto de los Estados Unidos/,
    script: /[áéíóú]/u,
  },
  ru: {
    explanation: /постоянный член — Соединенные Штаты — проголосовал против/,
    outcome: /вето Соединенных Штатов/,
    script: /\p{Script=Cyrillic}/u,
  },
  zh: { explanation: /常任理事国美国投了反对票/, outcome: /美国投了否决票/, script: /\p{Script=Han}/u },
  ar: { explanation: /هو الولايات المتحدة، صوّت ضد المشروع/, outcome: /استخدم الولايات المتحدة حق النقض/, script: /\p{Script=Arabic}/u },
};

/** The trace's last step: the veto, in each language. */
const TRACE_VETO: Record<string, RegExp> = {
  en: /The United States voted against: veto\./u,
  fr: /Veto : vote contre des États-Unis\./u,
  es: /Veto: voto en contra de los Estados Unidos\./u,
  ru: /Соединенные Штаты: голосование «против» — вето\./u,
  zh: /美国投了反对票：否决。/u,
  ar: /نقض \(فيتو\): تصويت الولايات المتحدة ضد المشروع\./u,
};

describe('six languages, in Chromium', { skip: skip ?? false, timeout: 300_000 }, () => {
  let app: RunningApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let sessionId = '';
  let chairUrl = '';

  const newPage = async (locale = 'en-US') => {
    const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    return context.newPage();
  };

  before(async () => {
    app = await startApp();
    browser = await launchBrowser();
    const created = await postJson(`${app.url}/api/sessions`, {
      date: '2017-12-18',
      title: 'The situation in the Middle East, including the Palestinian question',
    });
    assert.equal(created.status, 201);
    sessionId = created.body.sessionId ?? created.body.chair.url.split('/')[2].split('#')[0];
    chairUrl = created.body.chair.url;
    const token = created.body.chair.token as string;
    const url = `${app.url}/api/sessions/${sessionId}/commands`;
    const commands = [
      { type: 'open-meeting' },
      { type: 'propose-agenda', items: [{ title: 'The situation in the Middle East, including the Palestinian question' }] },
      { type: 'adopt-agenda' },
      { type: 'submit-draft', draftId: 'd1', symbol: 'S/2017/1060', title: 'S/2017/1060', sponsors: ['EGY'], matter: 'non-procedural' },
      {
        type: 'record-vote',
        voteId: 'v1',
        question: 'S/2017/1060',
        subject: { kind: 'draft', draftId: 'd1' },
        matter: 'non-procedural',
        ballots: Object.fromEntries(COUNCIL_2017.map((c) => [c, c === 'USA' ? 'no' : 'yes'])),
      },
    ];
    for (const [i, command] of commands.entries()) {
      const r = await postJson(url, { id: `c${i}`, ...command }, token);
      assert.equal(r.status, 200, `${command.type}: ${JSON.stringify(r.body)}`);
    }
  });
  after(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await app?.close();
  });

  for (const [lang, expected] of Object.entries(EXPECTED)) {
    test(`${lang}: the console explains the veto, the board shows it, in the language`, async () => {
      const page = await newPage();
      const [path, hash] = chairUrl.split('#');
      await page.goto(`${app.url}${path}?lang=${lang}#${hash}`);
      await waitLive(page);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      assert.equal(await page.evaluate(() => document.documentElement.dir), lang === 'ar' ? 'rtl' : 'ltr');
      const explanation = page.getByTestId('explanation');
      await explanation.waitFor();
      const sentence = await explanation.innerText();
      assert.match(sentence, expected.explanation, `${lang}: ${sentence}`);
      assert.match(sentence, expected.script);
      assert.doesNotMatch(sentence, /\bspec\b|\bR\d+\b/u, 'spec identifiers stay behind the details toggle');
      // The details toggle holds the citations, spec identifiers included.
      const details = page.locator('.explanation .details');
      assert.equal(await details.evaluate((d) => (d as HTMLDetailsElement).open), false);
      await details.locator('summary').click();
      assert.match(await details.innerText(), /R21/);
      // The engine's step-by-step trace, rendered from its codes in the language.
      const steps = await details.getByTestId('trace').locator('li').allInnerTexts();
      assert.equal(steps.length, 4, steps.join('\n'));
      assert.match(steps.join('\n'), expected.script);
      if (lang !== 'en')
        for (const step of steps) assert.doesNotMatch(step, /\b(seats|needed|affirmative votes?|Charter)\b/u, `${lang}: ${step}`);
      assert.match(steps.at(-1)!, TRACE_VETO[lang]!, `${lang}: ${steps.at(-1)}`);
      assert.match(await page.getByTestId('outcome').innerText(), expected.outcome);

      const board = await newPage();
      await board.goto(`${app.url}/board/${sessionId}?lang=${lang}`);
      await waitLive(board);
      await board.getByTestId('outcome').waitFor();
      assert.match(await board.getByTestId('outcome').innerText(), expected.outcome);
      // The shipped CJK and Arabic fonts load on demand: wait for them before the picture.
      await board.evaluate(async () => {
        await document.fonts.ready;
      });
      await board.screenshot({ path: shot(`board-${lang}`), fullPage: true });
      if (lang === 'ar') {
        assert.equal(await board.evaluate(() => document.documentElement.dir), 'rtl');
        // The tally in the outcome's sentence still reads yes-no-abstain from the left, as "14-1-0".
        const tally = await board.evaluate(() => {
          const text = document.querySelector('[data-testid="outcome"] .tally-figures')!.firstChild as Text;
          const range = document.createRange();
          range.setStart(text, 0);
          range.setEnd(text, text.data.indexOf('-'));
          const yes = range.getBoundingClientRect().left;
          range.setStart(text, text.data.lastIndexOf('-') + 1);
          range.setEnd(text, text.data.length);
          return { figures: text.data, yes, abstain: range.getBoundingClientRect().left };
        });
        assert.ok(tally.yes < tally.abstain, `the yes count ${tally.figures} is drawn left of the abstentions`);
        await expectAccessible(board, 'the board in Arabic');
        await expectAccessible(page, 'the console in Arabic');
      }
    });
  }

  test("the record export follows ?lang= (the console links it in the reader's language); an unknown language is a 400", async () => {
    const md = await fetch(`${app.url}/api/sessions/${sessionId}/export.md?lang=ru`);
    assert.equal(md.status, 200);
    assert.match(await md.text(), /не принят в связи с тем, что против проголосовал постоянный член Совета/);
    const pdf = await fetch(`${app.url}/api/sessions/${sessionId}/export.pdf?lang=ar`);
    assert.equal(pdf.status, 200);
    assert.equal(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
      '%PDF-',
    );
    const bad = await fetch(`${app.url}/api/sessions/${sessionId}/export.md?lang=pt`);
    assert.equal(bad.status, 400);
    const page = await newPage();
    const [path, hash] = chairUrl.split('#');
    await page.goto(`${app.url}${path}?lang=fr#${hash}`);
    await waitLive(page);
    assert.match(
      (await page.getByRole('link', { name: 'Compte rendu de séance (PDF)' }).getAttribute('href')) ?? '',
      /export\.pdf\?lang=fr$/,
    );
  });

  test('the history page names the historical meetings in the language', async () => {
    const page = await newPage();
    await page.goto(`${app.url}/history?lang=es`);
    await page
      .getByText('La situación en la República Popular Democrática de Corea: votación sobre el orden del día', { exact: false })
      .first()
      .waitFor();
    // The Assembly's and the Council's titles too, by their keys.
    await page.getByText('Tercera Comisión, 18 de noviembre de 2014', { exact: false }).first().waitFor();
    await page.getByText('Consejo de Derechos Humanos, 28 de marzo de 2014', { exact: false }).first().waitFor();
    await page.goto(`${app.url}/history?lang=ru`);
    await page.getByText('Положение в Корейской Народно-Демократической Республике', { exact: false }).first().waitFor();
  });

  test('a historical meeting replayed in Spanish: title, timeline, the explanation and its trace', async () => {
    const page = await newPage();
    await page.goto(`${app.url}/history/sc-2017-12-11-dprk?lang=es`);
    await page.getByRole('heading', { level: 1, name: /La situación en la República Popular Democrática de Corea: votación/u }).waitFor();
    const timeline = await page.locator('.timeline').innerText();
    assert.match(timeline, /La situación en la República Popular Democrática de Corea/u);
    assert.doesNotMatch(timeline, /The situation in|Adoption of the provisional agenda|\bspec\b/u);
    // Folded under the board in a replay: open it, then its details.
    await page.locator('.explanation > summary').click();
    const explanation = page.getByTestId('explanation');
    assert.match(await explanation.innerText(), /^Aprobado: 10 votos a favor, 3 en contra y 2 abstenciones\./u);
    await page.locator('.explanation .details > summary').click();
    const steps = await page.getByTestId('trace').locator('li').allInnerTexts();
    assert.match(steps[0]!, /15 puestos, un voto cada uno: 10 a favor, 3 en contra, 2 abstenciones\./u);
    assert.match(
      steps.at(-1)!,
      /No hay veto en una cuestión de procedimiento: los votos en contra de China y de la Federación de Rusia solo cuentan como votos en contra/u,
    );
    // Sources name outside sources only; the spec's cross-references stay in the data.
    const sources = await page.locator('section[aria-labelledby="sources-heading"]').innerText();
    assert.match(sources, /scprocedure\.org/u);
    assert.doesNotMatch(`${timeline}\n${sources}`, /\bspec\b|\b[RT]\d+\b/u);
  });

  test('/?lang=ar renders right to left and axe-clean', async () => {
    const page = await newPage();
    await page.goto(`${app.url}/?lang=ar`);
    await page.locator('h1').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ar');
    assert.equal(await page.locator('h1').innerText(), ar['home.title']);
    await expectAccessible(page, 'the home page in Arabic');
    await page.screenshot({ path: shot('home-ar'), fullPage: true });
  });

  test("the language: the browser's first, then ?lang=, then the device's own choice (remembered)", async () => {
    const page = await newPage('ru-RU');
    await page.goto(`${app.url}/`);
    assert.equal(await page.locator('h1').innerText(), ru['home.title']);
    await page.goto(`${app.url}/?lang=zh`);
    assert.equal(await page.locator('h1').innerText(), zh['home.title']);
    await page.getByTestId('language').selectOption('es');
    await page.goto(`${app.url}/`);
    assert.equal(await page.locator('h1').innerText(), await page.evaluate(() => document.querySelector('h1')!.textContent));
    assert.equal(await page.evaluate(() => localStorage.getItem('council.lang')), 'es');
    assert.equal(await page.locator('h1').innerText(), es['home.title']);
  });
});
