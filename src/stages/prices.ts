/**
 * List prices the summary's cost line is estimated from: Cloud Run's, which a Cloud Functions (2nd gen) function
 * is billed at (it runs as a Cloud Run service, with request-based billing: CPU is billed only while a request
 * is handled, and an idle minimum instance at the lower idle rate). US dollars, tier-1 regions (us-central1,
 * europe-west1, ...; tier-2 regions cost more), before the monthly free tier and committed-use discounts.
 * Prices change: update the table and its date together.
 */
export const CLOUD_RUN_PRICES = {
  /** When the figures were read from `source`. */
  date: '2026-12-02',
  source: 'https://cloud.google.com/run/pricing',
  /** Request-based billing, while a request is handled. */
  cpuPerVcpuSecond: 0.000024,
  memoryPerGibSecond: 0.0000025,
  perMillionRequests: 0.4,
  /** A minimum instance while it handles no request. */
  idleCpuPerVcpuSecond: 0.0000025,
  idleMemoryPerGibSecond: 0.0000025,
  /** Billed time per request is rounded up to a multiple of this. */
  billingGranularityMs: 100,
} as const;

/**
 * The vCPUs Cloud Functions (2nd gen) gives a function of each memory size (GiB) unless told otherwise:
 * https://cloud.google.com/functions/docs/configuring/memory (read 2026-12-02). A size between two rows gets the
 * larger row's CPU.
 */
export const VCPU_BY_MEMORY_GIB: ReadonlyArray<readonly [memoryGib: number, vcpu: number]> = [
  [0.125, 0.083],
  [0.25, 0.167],
  [0.5, 0.333],
  [1, 0.583],
  [2, 1],
  [4, 2],
  [8, 2],
  [16, 4],
  [32, 8],
];
