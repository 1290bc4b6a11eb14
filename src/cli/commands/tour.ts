/** `council tour`: the newcomer's tour, narrated in src/records/tour.ts. */
import { buildTour, renderTour } from '../../records/tour.js';
import { printJson, type CommandModule } from '../command.js';
import { parseOptions } from '../args.js';

export const tourCommand: CommandModule = {
  async run(argv, io) {
    const { values } = parseOptions(argv, { json: { type: 'boolean' }, details: { type: 'boolean' } });
    const json = values.json ?? false;
    const steps = buildTour();
    if (json) printJson(io, steps);
    else io.out(renderTour(steps, values.details ?? false));
    return 0;
  },
};
