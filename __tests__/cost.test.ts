// The summary's cost line: its arithmetic from the price table (memory to GiB and vCPU, idle minimum instances a
// month, a million requests at the check's latency rounded up to 100 ms), and how the summary shows it.
import { describe, expect, it } from '@jest/globals';
import { costLine, estimateCost, memoryGib, vcpuFor } from '../src/stages/cost.js';
import { CLOUD_RUN_PRICES } from '../src/stages/prices.js';
import { renderReport } from '../src/stages/report.js';

const MONTH = 30 * 24 * 3600;

describe('the cost estimate', () => {
  it('reads memory as the Cloud Functions API does: Mi and Gi binary, M and G decimal', () => {
    expect(memoryGib('512Mi')).toBe(0.5);
    expect(memoryGib('2Gi')).toBe(2);
    expect(memoryGib('1G')).toBeCloseTo(1e9 / 2 ** 30, 12);
    expect(() => memoryGib('lots')).toThrow("memory 'lots' is not a size such as 512Mi");
  });

  it("gives each memory size its tier's vCPUs, the larger tier's between two, and 1 to a concurrent function", () => {
    expect(vcpuFor(0.5, 1)).toBe(0.333);
    expect(vcpuFor(0.75, 1)).toBe(0.583);
    expect(vcpuFor(2, 1)).toBe(1);
    expect(vcpuFor(0.5, 80)).toBe(1);
    expect(vcpuFor(16, 80)).toBe(4);
    expect(vcpuFor(64, 1)).toBe(8);
  });

  it('prices idle minimum instances for 30 days and a million requests at the billed latency', () => {
    const cost = estimateCost(95, { memory: '512Mi', minInstances: 2, concurrency: 1, checkLatencyMs: 230 });
    const idlePerSecond = 0.333 * CLOUD_RUN_PRICES.idleCpuPerVcpuSecond + 0.5 * CLOUD_RUN_PRICES.idleMemoryPerGibSecond;
    const activePerSecond = 0.333 * CLOUD_RUN_PRICES.cpuPerVcpuSecond + 0.5 * CLOUD_RUN_PRICES.memoryPerGibSecond;
    expect(cost.runnerSeconds).toBe(95);
    expect(cost.serving?.idlePerMonth).toBeCloseTo(2 * idlePerSecond * MONTH, 9);
    expect(cost.serving?.idlePerMonth).toBeCloseTo(10.7957, 4);
    // 230 ms is billed as 300 ms.
    expect(cost.serving?.perMillionRequests).toBeCloseTo(1e6 * 0.3 * activePerSecond + 0.4, 9);
    expect(cost.serving?.perMillionRequests).toBeCloseTo(3.1726, 4);
    expect(cost.serving?.assumed).toEqual([]);
  });

  it('rounds billed time up to whole 100 ms steps, at least one', () => {
    const perMillion = (checkLatencyMs: number) =>
      estimateCost(1, { memory: '1Gi', minInstances: 0, concurrency: 1, checkLatencyMs }).serving?.perMillionRequests ?? NaN;
    const step = 1e6 * 0.1 * (0.583 * CLOUD_RUN_PRICES.cpuPerVcpuSecond + 1 * CLOUD_RUN_PRICES.memoryPerGibSecond);
    expect(perMillion(0)).toBeCloseTo(step + 0.4, 9);
    expect(perMillion(300)).toBeCloseTo(3 * step + 0.4, 9);
    expect(perMillion(300.5)).toBeCloseTo(4 * step + 0.4, 9);
  });

  it('assumes the platform defaults for what the run left unset, and says so', () => {
    const cost = estimateCost(10, { memory: '256Mi', minInstances: null, concurrency: null, checkLatencyMs: 50 });
    expect(cost.serving).toMatchObject({ minInstances: 0, idlePerMonth: 0, vcpu: 0.167, assumed: ['min-instances 0', 'concurrency 1'] });
    expect(costLine(cost, 'penguins')).toContain('(assuming min-instances 0 and concurrency 1, as this run left them unset)');
  });

  it('is shown in the summary as an estimate, with the price table it comes from', () => {
    const cost = estimateCost(125, { memory: '512Mi', minInstances: 2, concurrency: 1, checkLatencyMs: 230 });
    const line = costLine(cost, 'penguins');
    expect(line).toBe(
      '**Cost (estimate).** This step has run 2 min 5 s on the runner. Keeping `penguins` (0.5 GiB, 0.333 vCPU): 2 minimum ' +
        "instance(s) idle $10.80 a month; a million requests at the deploy check's 230 ms $3.17, one at a time. From Cloud " +
        `Run's tier-1 list prices of ${CLOUD_RUN_PRICES.date} (https://cloud.google.com/run/pricing), before the free tier and discounts.`,
    );
    expect(costLine(estimateCost(42, null), 'penguins')).toBe('**Cost (estimate).** This step has run 42 s on the runner.');
    const report = renderReport({ functionName: 'penguins', runId: '7-1', dataDescription: 'd', fingerprint: 'sha256:x', baseline: null, cost });
    expect(report).toContain(line);
  });
});
