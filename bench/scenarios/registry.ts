/**
 * Every scenario of the issue, in order. A new one (amendments at scale, compare and export) is a
 * module exporting a Scenario; it replaces its pending entry here.
 */
import { burstScenario } from './burst.js';
import { coldScenario } from './cold/cold-scenario.js';
import { fanoutScenario } from './fanout.js';
import type { PendingScenario, Scenario } from './scenario.js';

export function allScenarios(): Array<Scenario | PendingScenario> {
  return [
    fanoutScenario,
    burstScenario,
    coldScenario(),
    { name: 'amendments', title: 'Amendments at scale: 5,000 amendments over 300 paragraphs', needs: 'the amendments feature' },
    { name: 'compare', title: 'Compare and export: 100,000 words, 10% of paragraphs changed', needs: 'the revisions, compare and export features' },
  ];
}

export function isPending(scenario: Scenario | PendingScenario): scenario is PendingScenario {
  return 'needs' in scenario;
}
