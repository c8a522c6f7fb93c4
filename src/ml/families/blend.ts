import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../../util/errors.js';
import { MODEL_FOLDER, fileProblem } from '../bundle.js';
import type { Matrix, ModelFamily, TrainedModel } from '../family.js';
import { SINGLE_CHOICES, type ModelChoice } from './choices.js';

/**
 * Names the members it has, in order, and their weights: `{ members, weights }`. A bundle written before blends
 * were weighted has no weights and loads as the equal mean of all three.
 */
const BLEND_FILE = 'blend.json';
const MEMBERS = SINGLE_CHOICES.map((choice) => choice.name);

/**
 * The members' outputs, each weighted, over the weights' total: what a blend predicts, and what auto scores a
 * blend on from its members' held-out outputs (stages/select.ts). A member of weight 0 adds nothing.
 */
export function weightedMean(outputs: readonly Float32Array[], weights: readonly number[]): Float32Array {
  const sum = new Float64Array(outputs[0]?.length ?? 0);
  let total = 0;
  outputs.forEach((member, m) => {
    const weight = weights[m] as number;
    total += weight;
    if (weight > 0) member.forEach((value, i) => (sum[i] = (sum[i] as number) + weight * value));
  });
  return Float32Array.from(sum, (value) => value / total);
}

/** Each member's share of the mean, by name (mlp, linear, gbt); a member left out, or of weight 0, is not in the blend. */
export type BlendWeights = Readonly<Partial<Record<string, number>>>;

/** What `model: blend` asked for directly trains: no held-out outputs to choose weights on, so every member alike. */
export const EQUAL_WEIGHTS: BlendWeights = Object.fromEntries(MEMBERS.map((name) => [name, 1 / MEMBERS.length]));

interface Member {
  choice: ModelChoice;
  weight: number;
  model: TrainedModel;
}

/**
 * The members of positive weight, in MEMBERS order, each weight as given: predict divides by their sum, so a
 * bundle's recorded weights give the very outputs they were saved with.
 */
function membersOf(weights: BlendWeights): Array<{ choice: ModelChoice; weight: number }> {
  const kept = SINGLE_CHOICES.map((choice) => ({ choice, weight: weights[choice.name] ?? 0 })).filter(({ weight }) => Number.isFinite(weight) && weight > 0);
  if (kept.length === 0) throw new Error('a blend needs a member of positive weight');
  return kept;
}

/** The weighted mean of its members' outputs: class probabilities (still summing to 1), or standardised values. */
class BlendModel implements TrainedModel {
  readonly family: ModelFamily;

  constructor(private readonly members: readonly Member[]) {
    this.family = weightedBlend(Object.fromEntries(members.map(({ choice, weight }) => [choice.name, weight])));
  }

  predict(x: Matrix): Float32Array {
    if (this.members.length === 0) throw new Error('a blend has no members');
    return weightedMean(
      this.members.map(({ model }) => model.predict(x)),
      this.members.map(({ weight }) => weight),
    );
  }

  async save(dir: string): Promise<void> {
    for (const { choice, model } of this.members) {
      await mkdir(path.join(dir, choice.name));
      await model.save(path.join(dir, choice.name));
    }
    const recorded = { members: this.members.map(({ choice }) => choice.name), weights: this.members.map(({ weight }) => weight) };
    await writeFile(path.join(dir, BLEND_FILE), `${JSON.stringify(recorded)}\n`);
  }

  describe() {
    const { inputs, outputs } = (this.members[0] as Member).model.describe();
    return { family: blend.name, inputs, outputs };
  }

  dispose(): void {
    for (const member of this.members) member.model.dispose();
  }
}

/**
 * The weighted mean of single models (families/choices.ts: mlp, linear, gbt), each trained on the same rows with
 * its own settings and saved in a folder of its name. auto chooses the weights on held-out outputs
 * (stages/select.ts: ensemble selection) and trains only the members of positive weight; its files are theirs.
 * Loading reads the weights from the bundle, whatever this family was made with.
 */
export function weightedBlend(weights: BlendWeights): ModelFamily {
  const members = membersOf(weights);
  return {
    name: 'blend',
    files: [BLEND_FILE, ...members.flatMap(({ choice }) => choice.family.files.map((file) => `${choice.name}/${file}`))],
    servingFiles: [...new Set(members.flatMap(({ choice }) => choice.family.servingFiles))],
    async train(runtime, data, options) {
      const trained: Member[] = [];
      try {
        for (const { choice, weight } of members) {
          const { model } = await choice.family.train(runtime, data, { ...options, settings: choice.settings(options.settings) });
          trained.push({ choice, weight, model });
        }
      } catch (error) {
        for (const member of trained) member.model.dispose();
        throw error;
      }
      return { model: new BlendModel(trained), history: [], bestEpoch: 0, stoppedEarly: false };
    },
    async load(runtime, dir) {
      const recorded = await recordedMembers(dir);
      if (typeof recorded === 'string') throw new UserError(`Model bundle ${dir}: ${recorded}; write it again with this action.`);
      const loaded: Member[] = [];
      try {
        for (const { choice, weight } of recorded) loaded.push({ choice, weight, model: await choice.family.load(runtime, path.join(dir, choice.name)) });
      } catch (error) {
        for (const member of loaded) member.model.dispose();
        throw error;
      }
      return new BlendModel(loaded);
    },
    async checkFiles(dir, shape) {
      const recorded = await recordedMembers(dir);
      if (typeof recorded === 'string') return recorded;
      for (const { choice } of recorded) {
        const memberProblem = await choice.family.checkFiles(path.join(dir, choice.name), shape);
        if (memberProblem) return `its ${choice.name} member: ${memberProblem}`;
      }
      return null;
    },
  };
}

/** The family as the registry knows it (families/index.ts) and as `model: blend` trains it: every member alike. */
export const blend: ModelFamily = weightedBlend(EQUAL_WEIGHTS);

/**
 * The members blend.json names and their weights (equal when it has none), or what is wrong with it (never its
 * content): the members must be some of this version's, in its order, each weight a positive number.
 */
async function recordedMembers(dir: string): Promise<Array<{ choice: ModelChoice; weight: number }> | string> {
  let recorded: { members?: unknown; weights?: unknown } | null;
  try {
    recorded = JSON.parse(await readFile(path.join(dir, BLEND_FILE), 'utf8')) as typeof recorded;
  } catch (error) {
    return fileProblem(`${MODEL_FOLDER}/${BLEND_FILE}`, error);
  }
  const names = recorded?.members;
  const order = Array.isArray(names) ? names.map((name) => MEMBERS.indexOf(name as ModelChoice['name'])) : [];
  if (!Array.isArray(names) || names.length === 0 || order.some((at, i) => at < 0 || (i > 0 && at <= (order[i - 1] as number)))) {
    return `${BLEND_FILE} does not name some of the members ${MEMBERS.join(', ')}, in that order`;
  }
  const weights = recorded?.weights ?? names.map(() => 1 / names.length);
  if (!Array.isArray(weights) || weights.length !== names.length || weights.some((weight) => typeof weight !== 'number' || !Number.isFinite(weight) || weight <= 0)) {
    return `${BLEND_FILE} does not give each of its ${names.length} members a positive weight`;
  }
  return membersOf(Object.fromEntries(names.map((name, i) => [name as string, weights[i] as number])));
}
