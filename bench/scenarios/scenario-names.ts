/** The benchmark's scenarios, in the order of the issues that asked for them. */
export const SCENARIO_NAMES = ['fanout', 'burst', 'cold', 'amendments', 'compare', 'hostile'] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];

export function isScenarioName(value: string): value is ScenarioName {
  return (SCENARIO_NAMES as readonly string[]).includes(value);
}
