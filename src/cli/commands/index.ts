import type { Command } from '../command.js';
import { serveCommand } from './serve.js';
import { decideCommand } from './decide.js';
import { symbolCommand } from './symbol.js';
import { membersCommand } from './members.js';
import { presidentCommand } from './president.js';
import { forecastCommand } from './forecast.js';
import { backtestCommand } from './backtest.js';
import { alignCommand } from './align.js';
import { powerCommand } from './power.js';
import { tourCommand } from './tour.js';
import { replayCommand } from './replay.js';
import { sessionsCommand } from './sessions.js';
import { meetingCommand } from './meeting.js';
import { exportCommand } from './export.js';
import { documentCommand } from './document.js';

/** Every sub-command, in the order `council help` lists them. */
export const commands: Command[] = [
  tourCommand,
  decideCommand,
  symbolCommand,
  membersCommand,
  presidentCommand,
  replayCommand,
  sessionsCommand,
  meetingCommand,
  exportCommand,
  documentCommand,
  serveCommand,
  forecastCommand,
  backtestCommand,
  alignCommand,
  powerCommand,
];
