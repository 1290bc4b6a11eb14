/** `council tour`: the newcomer's tour, narrated in src/records/tour.ts. */
import { buildTour, renderTour } from '../../records/tour.js';
import { printJson, type CommandModule } from '../command.js';
import { parseOptions } from '../args.js';

export const tourCommand: CommandModule = {
  async run(argv, io) {
    const json = parseOptions(argv, { json: { type: 'boolean' } }).values.json ?? false;
    const steps = buildTour();
    if (json) printJson(io, steps);
    else io.out(renderTour(steps));
    return 0;
  },
};
