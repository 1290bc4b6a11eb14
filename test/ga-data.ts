import { existsSync } from 'node:fs';
import { defaultGaDataDir } from '../src/analysis/ga/load.js';

/**
 * Tests on the real GA voting record need ../shared/data/unga-votes beside the project.
 * Without it they are skipped with this message, except under CI=true, where CI always
 * has it and a missing directory must fail loudly rather than skip silently. The inner-loop
 * run (`npm run test:fast`, COUNCIL_TEST_FAST=1) skips them by name.
 */
export const skipWithoutGaData: string | false = process.env.COUNCIL_TEST_FAST
  ? 'npm run test:fast leaves the real GA record to npm test'
  : existsSync(defaultGaDataDir()) || process.env.CI === 'true'
    ? false
    : `no GA voting data at ${defaultGaDataDir()} (set COUNCIL_GA_DATA)`;
