/** The benchmark's scenarios, in the order of the issue; the last two wait for their features. */
export const SCENARIO_NAMES = ['fanout', 'burst', 'cold', 'amendments', 'compare'] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];

export function isScenarioName(value: string): value is ScenarioName {
  return (SCENARIO_NAMES as readonly string[]).includes(value);
}
