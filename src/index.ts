import { TRAINER_ARGUMENT } from './backends/compute/run-spec.js';
import { run } from './main.js';

// dist/index.js is two programs, built as one so that TensorFlow.js's and YDF's chunks ship once: the action,
// which the runner starts, and, given the argument `trainer`, what a Vertex AI custom job runs (trainer.ts, a
// chunk loaded only then). The action's code stays in index.js: its start-up is what every run waits for, while
// the trainer's few milliseconds of evaluating it go unseen behind a job's minutes of provisioning.
if (process.argv[2] === TRAINER_ARGUMENT) await import('./trainer.js');
else await run();
