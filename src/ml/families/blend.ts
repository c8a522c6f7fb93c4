import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../../util/errors.js';
import { MODEL_FOLDER, fileProblem } from '../bundle.js';
import type { Matrix, ModelFamily, TrainedModel } from '../family.js';
import { SINGLE_CHOICES } from './choices.js';

/** Names the members, in order: a bundle records what it blends, and is refused if that is not what this version blends. */
const BLEND_FILE = 'blend.json';
const MEMBERS = SINGLE_CHOICES.map((choice) => choice.name);

interface Member {
  name: string;
  model: TrainedModel;
}

/** The mean of its members' outputs: class probabilities (still summing to 1), or standardised values. */
class BlendModel implements TrainedModel {
  readonly family = blend;

  constructor(private readonly members: readonly Member[]) {}

  predict(x: Matrix): Float32Array {
    const [first, ...rest] = this.members.map((member) => member.model.predict(x));
    if (first === undefined) throw new Error('a blend has no members');
    const mean = Float64Array.from(first);
    for (const outputs of rest) outputs.forEach((value, i) => (mean[i] = (mean[i] as number) + value));
    return Float32Array.from(mean, (sum) => sum / this.members.length);
  }

  async save(dir: string): Promise<void> {
    for (const { name, model } of this.members) {
      await mkdir(path.join(dir, name));
      await model.save(path.join(dir, name));
    }
    await writeFile(path.join(dir, BLEND_FILE), `${JSON.stringify({ members: this.members.map((member) => member.name) })}\n`);
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
 * The mean of every single model (families/choices.ts: mlp, linear, gbt), each trained on the same rows with its
 * own settings and saved in a folder of its name. auto keeps it when the mean of the members' outputs on held-out
 * rows beats each member there (stages/select.ts); it costs the members' training time together.
 */
export const blend: ModelFamily = {
  name: 'blend',
  files: [BLEND_FILE, ...SINGLE_CHOICES.flatMap((choice) => choice.family.files.map((file) => `${choice.name}/${file}`))],
  servingFiles: [...new Set(SINGLE_CHOICES.flatMap((choice) => choice.family.servingFiles))],
  async train(runtime, data, options) {
    const members: Member[] = [];
    try {
      for (const choice of SINGLE_CHOICES) {
        const { model } = await choice.family.train(runtime, data, { ...options, settings: choice.settings(options.settings) });
        members.push({ name: choice.name, model });
      }
    } catch (error) {
      for (const member of members) member.model.dispose();
      throw error;
    }
    return { model: new BlendModel(members), history: [], bestEpoch: 0, stoppedEarly: false };
  },
  async load(runtime, dir) {
    const problem = await membersProblem(dir);
    if (problem) throw new UserError(`Model bundle ${dir}: ${problem}; write it again with this action.`);
    const members: Member[] = [];
    try {
      for (const choice of SINGLE_CHOICES) members.push({ name: choice.name, model: await choice.family.load(runtime, path.join(dir, choice.name)) });
    } catch (error) {
      for (const member of members) member.model.dispose();
      throw error;
    }
    return new BlendModel(members);
  },
  async checkFiles(dir, shape) {
    const problem = await membersProblem(dir);
    if (problem) return problem;
    for (const choice of SINGLE_CHOICES) {
      const memberProblem = await choice.family.checkFiles(path.join(dir, choice.name), shape);
      if (memberProblem) return `its ${choice.name} member: ${memberProblem}`;
    }
    return null;
  },
};

/** What is wrong with blend.json (never its content), or null when it names this version's members. */
async function membersProblem(dir: string): Promise<string | null> {
  let recorded: unknown;
  try {
    recorded = (JSON.parse(await readFile(path.join(dir, BLEND_FILE), 'utf8')) as { members?: unknown } | null)?.members;
  } catch (error) {
    return fileProblem(`${MODEL_FOLDER}/${BLEND_FILE}`, error);
  }
  const same = Array.isArray(recorded) && recorded.length === MEMBERS.length && recorded.every((name, i) => name === MEMBERS[i]);
  return same ? null : `${BLEND_FILE} does not name the members ${MEMBERS.join(', ')}`;
}
