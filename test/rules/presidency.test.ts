import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { nextPresident, rule18SortKey } from '../../src/rules/presidency.js';

const m = (code: string, sortName: string) => ({ code, sortName });

const M2015 = [
  m('AGO', 'Angola'),
  m('TCD', 'Chad'),
  m('CHL', 'Chile'),
  m('CHN', 'China'),
  m('FRA', 'France'),
  m('JOR', 'Jordan'),
  m('LTU', 'Lithuania'),
  m('MYS', 'Malaysia'),
  m('NZL', 'New Zealand'),
  m('NGA', 'Nigeria'),
  m('RUS', 'Russian Federation'),
  m('ESP', 'Spain'),
  m('GBR', 'United Kingdom of Great Britain and Northern Ireland'),
  m('USA', 'United States of America'),
  m('VEN', 'Venezuela (Bolivarian Republic of)'),
];
const M2023 = [
  m('ALB', 'Albania'),
  m('BRA', 'Brazil'),
  m('CHN', 'China'),
  m('ECU', 'Ecuador'),
  m('FRA', 'France'),
  m('GAB', 'Gabon'),
  m('GHA', 'Ghana'),
  m('JPN', 'Japan'),
  m('MLT', 'Malta'),
  m('MOZ', 'Mozambique'),
  m('RUS', 'Russian Federation'),
  m('CHE', 'Switzerland'),
  m('ARE', 'United Arab Emirates'),
  m('GBR', 'United Kingdom of Great Britain and Northern Ireland'),
  m('USA', 'United States of America'),
];
const M2020 = [
  m('BEL', 'Belgium'),
  m('CHN', 'China'),
  m('DOM', 'Dominican Republic'),
  m('EST', 'Estonia'),
  m('FRA', 'France'),
  m('DEU', 'Germany'),
  m('IDN', 'Indonesia'),
  m('NER', 'Niger'),
  m('RUS', 'Russian Federation'),
  m('VCT', 'Saint Vincent and the Grenadines'),
  m('ZAF', 'South Africa'),
  m('TUN', 'Tunisia'),
  m('GBR', 'United Kingdom of Great Britain and Northern Ireland'),
  m('USA', 'United States of America'),
  m('VNM', 'Viet Nam'),
];

/** Run the rotation for `months` months after `previous`. */
function rotation(previous: string, members: typeof M2015, months: number): string[] {
  const out: string[] = [];
  let prev = previous;
  for (let i = 0; i < months; i++) {
    const next = nextPresident(prev, members)!;
    out.push(next.code);
    prev = next.sortName;
  }
  return out;
}

describe('Presidency (Rule 18, Rule 20; spec R5-R7)', () => {
  it('T21 2015 rotation from January = Chile', () => {
    assert.deepEqual(rotation('Chile', M2015, 11), ['CHN', 'FRA', 'JOR', 'LTU', 'MYS', 'NZL', 'NGA', 'RUS', 'ESP', 'GBR', 'USA']);
  });

  it('T22 December 2014 Chad, a continuing member, gives January 2015 Chile', () => {
    assert.equal(nextPresident('Chad', M2015)?.code, 'CHL');
  });

  it('T23 December 2022 India (departing) gives January 2023 Japan, and December 2023 Ecuador', () => {
    const year = rotation('India', M2023, 12);
    assert.deepEqual(year, ['JPN', 'MLT', 'MOZ', 'RUS', 'CHE', 'ARE', 'GBR', 'USA', 'ALB', 'BRA', 'CHN', 'ECU']);
  });

  it('T24 December 2019 United States gives January 2020 Viet Nam, a new member', () => {
    assert.equal(nextPresident('United States of America', M2020)?.code, 'VNM');
  });

  it('sort key: diacritics and case folded; a trailing parenthetical dropped', () => {
    assert.equal(rule18SortKey("Côte d'Ivoire"), "cote d'ivoire");
    assert.equal(rule18SortKey('Netherlands (Kingdom of the)'), 'netherlands');
    assert.ok(rule18SortKey('Republic of Korea') < rule18SortKey('Russian Federation'));
  });
});
