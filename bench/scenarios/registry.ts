/**
 * Every scenario of the issue, in order. A new one (amendments at scale, compare and export) is a
 * module exporting a Scenario; it replaces its pending entry here.
 */
import { amendmentsScenario } from './amendments-scenario.js';
import { burstScenario } from './burst.js';
import { compareExportScenario } from './compare-export-scenario.js';
import { coldScenario } from './cold/cold-scenario.js';
import { fanoutScenario } from './fanout.js';
import { hostileScenario } from './hostile/hostile-scenario.js';
import type { PendingScenario, Scenario } from './scenario.js';

export function allScenarios(): Array<Scenario | PendingScenario> {
  return [
    fanoutScenario,
    burstScenario,
    coldScenario(),
    amendmentsScenario,
    compareExportScenario,
    hostileScenario,
  ];
}

export function isPending(scenario: Scenario | PendingScenario): scenario is PendingScenario {
  return 'needs' in scenario;
}
