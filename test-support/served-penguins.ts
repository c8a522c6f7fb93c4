/** Three penguins of the holdout, as a client of the served function sends them. */
export const PENGUIN_INSTANCES = [
  { island: 'Biscoe', bill_length_mm: 47.5, bill_depth_mm: 15, flipper_length_mm: 218, body_mass_g: 4950, sex: 'male', year: 2008 },
  { island: 'Dream', bill_length_mm: 50.9, bill_depth_mm: 19.1, flipper_length_mm: 196, body_mass_g: 3550, sex: 'male', year: 2008 },
  { island: 'Torgersen', bill_length_mm: 38.6, bill_depth_mm: 21.2, flipper_length_mm: 191, body_mass_g: 3800, sex: 'male', year: 2007 },
];

/** The run whose model answers at `url` (its model card's version), and its predictions for PENGUIN_INSTANCES. */
export async function answering(url: string): Promise<{ runId: unknown; predictions: unknown }> {
  const card = (await (await fetch(url)).json()) as { version?: unknown };
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ instances: PENGUIN_INSTANCES }),
  });
  return { runId: card.version, predictions: ((await response.json()) as { predictions?: unknown }).predictions };
}
