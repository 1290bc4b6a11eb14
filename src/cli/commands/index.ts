import type { Command } from '../command.js';
import { serveCommand } from './serve.js';
import { decideCommand } from './decide.js';
import { symbolCommand } from './symbol.js';
import { membersCommand } from './members.js';
import { presidentCommand } from './president.js';

/** Every sub-command, in the order `council help` lists them. */
export const commands: Command[] = [
  decideCommand,
  symbolCommand,
  membersCommand,
  presidentCommand,
  serveCommand,
];
