import { describe, expect, it } from '@jest/globals';
import { TurnBatch } from '../src/serving/batch.js';

describe('TurnBatch', () => {
  it('answers the inputs of one event-loop turn with one call, in their order, and a later turn with another', async () => {
    const calls: number[][] = [];
    const batch = new TurnBatch(async (inputs: number[]) => {
      calls.push(inputs);
      return inputs.map((input) => input * 10);
    });
    expect(await Promise.all([batch.answer(1), batch.answer(2), batch.answer(3)])).toEqual([10, 20, 30]);
    expect(await batch.answer(4)).toBe(40);
    expect(calls).toEqual([[1, 2, 3], [4]]);
  });

  it('rejects every input of a turn whose call failed, and answers the next turn afresh', async () => {
    let fail = true;
    const batch = new TurnBatch(async (inputs: string[]) => {
      if (fail) throw new Error('the model is not loaded');
      return inputs.map((input) => input.toUpperCase());
    });
    const failed = await Promise.allSettled([batch.answer('a'), batch.answer('b')]);
    expect(failed.map((result) => (result.status === 'rejected' ? (result.reason as Error).message : result.value))).toEqual([
      'the model is not loaded',
      'the model is not loaded',
    ]);
    fail = false;
    expect(await batch.answer('c')).toBe('C');
  });
});
