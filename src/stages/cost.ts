import { CLOUD_RUN_PRICES, VCPU_BY_MEMORY_GIB } from './prices.js';

/** What the deployed function is configured with, as this run set it (null: left as it was). */
export interface ServingConfiguration {
  /** As the memory input spells it: 512Mi, 1Gi, 512M, 1G. */
  memory: string;
  minInstances: number | null;
  concurrency: number | null;
  /** The deploy check's prediction request, end to end. */
  checkLatencyMs: number;
}

/** The summary's cost line: an estimate from list prices, never a bill. */
export interface CostEstimate {
  /** How long the step has run on the runner so far. */
  runnerSeconds: number;
  serving: {
    memoryGib: number;
    vcpu: number;
    minInstances: number;
    /** Keeping the minimum instances for 30 days while they handle nothing. */
    idlePerMonth: number;
    latencyMs: number;
    /** A million requests one at a time, each billed for the check's latency (rounded up to 100 ms), plus the request fee. */
    perMillionRequests: number;
    /** Settings this run left as they were, so the estimate assumes the platform's default. */
    assumed: string[];
  } | null;
}

const SECONDS_PER_MONTH = 30 * 24 * 3600;

/** Memory as the Cloud Functions API takes it, in GiB: Mi and Gi are binary, M and G decimal. */
export function memoryGib(memory: string): number {
  const match = /^([0-9]+)(Mi|Gi|M|G)$/.exec(memory);
  if (!match) throw new Error(`memory '${memory}' is not a size such as 512Mi`);
  const amount = Number(match[1]);
  const bytes = { Mi: 2 ** 20, Gi: 2 ** 30, M: 1e6, G: 1e9 }[match[2] as 'Mi' | 'Gi' | 'M' | 'G'];
  return (amount * bytes) / 2 ** 30;
}

/** The vCPUs a function of this memory gets; a function serving more than one request at once gets at least 1. */
export function vcpuFor(gib: number, concurrency: number): number {
  const row = VCPU_BY_MEMORY_GIB.find(([memory]) => gib <= memory) ?? VCPU_BY_MEMORY_GIB[VCPU_BY_MEMORY_GIB.length - 1];
  const vcpu = row?.[1] ?? 1;
  return concurrency > 1 ? Math.max(1, vcpu) : vcpu;
}

/** The cost line from the runner time and, when a Cloud Functions deployment was made, its configuration. */
export function estimateCost(runnerSeconds: number, serving: ServingConfiguration | null): CostEstimate {
  if (serving === null) return { runnerSeconds, serving: null };
  const prices = CLOUD_RUN_PRICES;
  const assumed = [
    ...(serving.minInstances === null ? ['min-instances 0'] : []),
    ...(serving.concurrency === null ? ['concurrency 1'] : []),
  ];
  const gib = memoryGib(serving.memory);
  const vcpu = vcpuFor(gib, serving.concurrency ?? 1);
  const minInstances = serving.minInstances ?? 0;
  const idlePerSecond = vcpu * prices.idleCpuPerVcpuSecond + gib * prices.idleMemoryPerGibSecond;
  const activePerSecond = vcpu * prices.cpuPerVcpuSecond + gib * prices.memoryPerGibSecond;
  const step = prices.billingGranularityMs;
  const billedSeconds = (Math.max(1, Math.ceil(serving.checkLatencyMs / step)) * step) / 1000;
  return {
    runnerSeconds,
    serving: {
      memoryGib: gib,
      vcpu,
      minInstances,
      idlePerMonth: minInstances * idlePerSecond * SECONDS_PER_MONTH,
      latencyMs: serving.checkLatencyMs,
      perMillionRequests: 1e6 * billedSeconds * activePerSecond + prices.perMillionRequests,
      assumed,
    },
  };
}

/** The cost line as the summary shows it, marked as an estimate and naming its price table. */
export function costLine(cost: CostEstimate, functionName: string): string {
  const minutes = Math.floor(cost.runnerSeconds / 60);
  const runner = `This step has run ${minutes > 0 ? `${minutes} min ` : ''}${Math.round(cost.runnerSeconds % 60)} s on the runner.`;
  if (cost.serving === null) return `**Cost (estimate).** ${runner}`;
  const { serving } = cost;
  const dollars = (amount: number): string => `$${amount < 0.01 && amount > 0 ? amount.toFixed(4) : amount.toFixed(2)}`;
  const size = `${Number(serving.memoryGib.toFixed(3))} GiB, ${serving.vcpu} vCPU`;
  return (
    `**Cost (estimate).** ${runner} Keeping \`${functionName}\` (${size}): ${serving.minInstances} minimum instance(s) idle ` +
    `${dollars(serving.idlePerMonth)} a month; a million requests at the deploy check's ${Math.round(serving.latencyMs)} ms ` +
    `${dollars(serving.perMillionRequests)}, one at a time` +
    `${serving.assumed.length > 0 ? ` (assuming ${serving.assumed.join(' and ')}, as this run left them unset)` : ''}. ` +
    `From Cloud Run's tier-1 list prices of ${CLOUD_RUN_PRICES.date} (${CLOUD_RUN_PRICES.source}), before the free tier and discounts.`
  );
}
