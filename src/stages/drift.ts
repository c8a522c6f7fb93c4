import type { FeatureDistribution } from '../backends/baseline/types.js';
import { textKey, type DataProfile } from '../data/profile.js';
import type { TrainingPlan } from './validate.js';

/** Quantile bins per numeric feature. */
export const DRIFT_BINS = 10;
/** Most frequent values kept per categorical feature; the rest count together as one "other". */
const TOP_CATEGORIES = 20;
/**
 * Distances below this are sampling noise, not drift: the bins are cut from a sample of a few thousand numbers,
 * which moves a bin's share by about a percent between two samples of the same distribution.
 */
export const DRIFT_NOISE = 0.01;

export interface FeatureDrift {
  feature: string;
  /** jensen-shannon: divergence (log base 2, 0 to 1) over the baseline's quantile bins; l-infinity: the largest change in a value's share (as TFDV). */
  measure: 'jensen-shannon' | 'l-infinity';
  distance: number;
}

export interface DriftReport {
  baselineRunId: string;
  /** Features in both runs with the same kind. */
  compared: number;
  /** Those that moved beyond the noise floor, most drifted first. */
  features: FeatureDrift[];
  /** Those beyond max-drift (empty without it). */
  drifted: FeatureDrift[];
}

type Features = Pick<TrainingPlan, 'features' | 'numericFeatures' | 'dateFeatures'>;

/** Each numeric and categorical feature's distribution over all rows (not the split, which moves with the data), to store with the baseline. */
export function featureDistributions(profile: DataProfile, plan: Features): Record<string, FeatureDistribution> {
  const distributions: Record<string, FeatureDistribution> = {};
  for (const column of profile.columns) {
    if (!plan.features.includes(column.name) || plan.dateFeatures.has(column.name)) continue;
    const all = column.all;
    if (plan.numericFeatures.has(column.name)) {
      const sample = all.sample?.sorted();
      if (!sample || sample.length === 0) continue;
      const edges = quantileEdges(sample);
      distributions[column.name] = { kind: 'numeric', edges, shares: binShares(sample, edges) };
    } else if (all.present > 0) {
      const shares: Record<string, number> = {};
      let kept = 0;
      for (const { value, count } of all.topCategories(TOP_CATEGORIES)) {
        shares[textKey(value)] = compact(count / all.present);
        kept += count;
      }
      distributions[column.name] = { kind: 'categorical', shares, other: compact(1 - kept / all.present) };
    }
  }
  return distributions;
}

/**
 * This run's distributions against the baseline's, feature by feature, over the baseline's own bins and values:
 * Jensen–Shannon divergence for numbers, L-infinity distance for categories.
 */
export function measureDrift(
  baselineRunId: string,
  reference: Record<string, FeatureDistribution>,
  profile: DataProfile,
  plan: Features,
  maxDrift: number | null,
): DriftReport {
  const current = new Map(profile.columns.map((column) => [column.name, column]));
  const measured: FeatureDrift[] = [];
  for (const [feature, before] of Object.entries(reference)) {
    const column = current.get(feature);
    if (!column || !plan.features.includes(feature) || plan.dateFeatures.has(feature)) continue;
    if (before.kind === 'numeric') {
      const sample = column.all.sample?.sorted();
      if (!plan.numericFeatures.has(feature) || !sample || sample.length === 0) continue;
      const distance = jensenShannon(before.shares, binShares(sample, before.edges));
      measured.push({ feature, measure: 'jensen-shannon', distance });
    } else {
      if (plan.numericFeatures.has(feature) || column.all.present === 0) continue;
      const counts = new Map<string, number>();
      for (const [value, count] of column.all.categories) counts.set(textKey(value), count);
      let largest = 0;
      let kept = 0;
      for (const [key, share] of Object.entries(before.shares)) {
        const now = compact((counts.get(key) ?? 0) / column.all.present);
        kept += now;
        largest = Math.max(largest, Math.abs(now - share));
      }
      largest = Math.max(largest, Math.abs(compact(1 - kept) - before.other));
      measured.push({ feature, measure: 'l-infinity', distance: largest });
    }
  }
  const features = measured
    .filter((drift) => drift.distance >= DRIFT_NOISE)
    .sort((a, b) => b.distance - a.distance || (a.feature < b.feature ? -1 : 1));
  const drifted = maxDrift === null ? [] : features.filter((drift) => drift.distance > maxDrift);
  return { baselineRunId, compared: measured.length, features, drifted };
}

/** "'age' 0.31 (Jensen–Shannon)". */
export function describeDrift(drift: FeatureDrift): string {
  return `'${drift.feature}' ${distanceText(drift)}`;
}

/** "0.31 (Jensen–Shannon)". */
export function distanceText(drift: FeatureDrift): string {
  return `${Number(drift.distance.toPrecision(2))} (${drift.measure === 'jensen-shannon' ? 'Jensen–Shannon' : 'L-infinity'})`;
}

/** Inner edges at the sample's deciles, without repeats (a feature with few values has fewer bins). */
function quantileEdges(sorted: Float64Array): number[] {
  const edges: number[] = [];
  for (let i = 1; i < DRIFT_BINS; i++) {
    const edge = sorted[Math.floor((i * sorted.length) / DRIFT_BINS)] as number;
    if (edges.length === 0 || edge > (edges[edges.length - 1] as number)) edges.push(edge);
  }
  // The lowest edge equal to the minimum would leave the first bin empty by construction.
  if (edges[0] === sorted[0]) edges.shift();
  return edges;
}

/** Shares of sorted values in the bins edges cut: bin i holds edges[i-1] <= value < edges[i]. */
function binShares(sorted: Float64Array, edges: readonly number[]): number[] {
  const counts = new Array<number>(edges.length + 1).fill(0);
  let bin = 0;
  for (const value of sorted) {
    while (bin < edges.length && value >= (edges[bin] as number)) bin++;
    counts[bin] = (counts[bin] as number) + 1;
  }
  return counts.map((count) => compact(count / sorted.length));
}

function jensenShannon(p: readonly number[], q: readonly number[]): number {
  let divergence = 0;
  for (let i = 0; i < p.length; i++) {
    const a = p[i] ?? 0;
    const b = q[i] ?? 0;
    const m = (a + b) / 2;
    if (a > 0) divergence += (a / 2) * Math.log2(a / m);
    if (b > 0) divergence += (b / 2) * Math.log2(b / m);
  }
  // Rounding of the stored shares can leave a hair below zero.
  return Math.min(1, Math.max(0, divergence));
}

/** Six significant digits: the record stays small, and both sides of a comparison are rounded alike. */
function compact(share: number): number {
  return Number(share.toPrecision(6));
}
