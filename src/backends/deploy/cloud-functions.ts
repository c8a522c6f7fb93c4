import type { AuthClient } from 'google-auth-library';
import { readdir } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import yazl from 'yazl';
import { explainDenied } from '../../auth/permissions.js';
import { CLOUD_FUNCTIONS_ENDPOINT, CloudFunctionsClient, type CloudFunction, type IngressSettings, type StorageSource } from '../../clients/cloud-functions.js';
import { apiEndpoint, GoogleApiError, OperationError, OperationTimeoutError } from '../../clients/google-api.js';
import {
  ALL_USERS,
  CLOUD_RUN_ENDPOINT,
  CloudRunClient,
  INVOKER_ROLE,
  REVISION,
  shortRevisionName,
  type RunService,
  type TrafficTarget,
} from '../../clients/cloud-run.js';
import { predictionMismatch } from '../../serving/predictor.js';
import type { FunctionSource } from '../../stages/package.js';
import { errorMessage, UserError } from '../../util/errors.js';
import { DeploymentRefused, type Deployer, type Deployment, type DeploymentCheck } from './types.js';

export interface CloudFunctionsDeployerOptions {
  project: string;
  region: string;
  /** The function id: the last part of `projects/{project}/locations/{region}/functions/{id}`. */
  functionName: string;
  /** A Node.js runtime id such as nodejs22. */
  runtime: string;
  /** A quantity such as 512Mi or 1Gi. */
  memory: string;
  /** null leaves the function's limit as it is (the API's default on create). */
  maxInstances: number | null;
  /** null leaves the function's variables as they are; {} removes them all. */
  environmentVariables: Record<string, string> | null;
  /** Instances kept warm; null leaves the function's setting as it is. */
  minInstances: number | null;
  /** The function's runtime identity (an email); null leaves it as it is. */
  serviceAccount: string | null;
  /** Who may reach the function's URL; null leaves it as it is. */
  ingress: IngressSettings | null;
  /** How long one request may take, in seconds; null leaves it as it is. */
  timeoutSeconds: number | null;
  /** Requests one instance serves at once; above 1 also asks for one CPU, which Cloud Run requires for it. */
  concurrency: number | null;
  /**
   * 0: a checked revision takes all the traffic. 1 to 99: it takes that share, tagged 'canary', and the revision
   * that served most keeps the rest, until promote() or a later deploy.
   */
  canaryPercent: number;
  /**
   * true grants roles/run.invoker to allUsers on the function's Cloud Run service; false removes an allUsers
   * binding an earlier run granted.
   */
  allowUnauthenticated: boolean;
  /** How long the create or update operation may take, in milliseconds. */
  deadlineMs: number;
  authClient: AuthClient;
  /** The service account's email, to name it in permission errors. */
  principal?: string | null;
  /** Where CLOUDSDK_API_ENDPOINT_OVERRIDES_CLOUDFUNCTIONS and _RUN are read from. */
  env?: NodeJS.ProcessEnv;
}

/** An API call as explainDenied names it (`cloudfunctions` + `functions.create`): its 403 names the permission. */
interface ApiCall {
  api: 'cloudfunctions' | 'run';
  method: string;
}

const CALLS = {
  generateUploadUrl: { api: 'cloudfunctions', method: 'functions.generateUploadUrl' },
  get: { api: 'cloudfunctions', method: 'functions.get' },
  create: { api: 'cloudfunctions', method: 'functions.create' },
  patch: { api: 'cloudfunctions', method: 'functions.patch' },
  operation: { api: 'cloudfunctions', method: 'operations.get' },
  getService: { api: 'run', method: 'services.get' },
  getRevision: { api: 'run', method: 'revisions.get' },
  updateService: { api: 'run', method: 'services.update' },
  runOperation: { api: 'run', method: 'operations.get' },
} satisfies Record<string, ApiCall>;

/** allowUnauthenticated reads, then writes the policy: the failed request's URL says which. */
function iamPolicyCall(error: GoogleApiError): ApiCall {
  return { api: 'run', method: error.url.includes(':setIamPolicy') ? 'services.setIamPolicy' : 'services.getIamPolicy' };
}

/**
 * Zip entries carry this time and mode instead of the files' own, so the same source always zips to the same
 * bytes. A local-time date: DOS timestamps are local time, and the UTC extra field is left out.
 */
const ZIP_MTIME = new Date(2000, 0, 1);
const ZIP_MODE = 0o100644;
const CHECK_TIMEOUT_MS = 60_000;
/** A new allUsers binding takes a while to reach Cloud Run's front ends; until then a public call gets 403. */
const IAM_PROPAGATION_MS = 120_000;

/**
 * Deploys the function source as a Cloud Function (2nd gen) over the v2 REST API: zip, upload to a signed URL,
 * create or patch, wait for the operation, optionally open it to allUsers, then ask the new revision the check
 * instances. A failed operation leaves the previous revision serving (the API keeps traffic on it).
 */
export class CloudFunctionsDeployer implements Deployer {
  readonly target = 'cloud-functions';
  private readonly functions: CloudFunctionsClient;
  private readonly run: CloudRunClient;

  constructor(private readonly options: CloudFunctionsDeployerOptions) {
    const { authClient, env = process.env } = options;
    const functionsEndpoint = apiEndpoint('CLOUDFUNCTIONS', CLOUD_FUNCTIONS_ENDPOINT, env);
    this.functions = new CloudFunctionsClient({ authClient, endpoint: functionsEndpoint });
    this.run = new CloudRunClient({ authClient, endpoint: apiEndpoint('RUN', CLOUD_RUN_ENDPOINT, env) });
  }

  async deploy(source: FunctionSource, check: DeploymentCheck, onProgress: (message: string) => void): Promise<Deployment> {
    const { project, region, functionName: id } = this.options;
    if (source.functionName !== id) {
      throw new Error(`The function source is for ${source.functionName}, but this deployer deploys ${id}`);
    }
    const parent = `projects/${project}/locations/${region}`;
    const name = `${parent}/functions/${id}`;

    const { zip, files } = await zipDirectory(source.dir);
    onProgress(`Zipped ${files.length} files of ${source.dir} (${zip.length} bytes); uploading the source of ${name}`);
    const upload = await this.call(name, CALLS.generateUploadUrl, () => this.functions.generateUploadUrl(parent));
    // The signed URL authorizes the upload itself: a failure there is no missing permission of the principal.
    await this.call(name, null, () => this.functions.uploadSource(upload.uploadUrl, zip));

    const existing = await this.call(name, CALLS.get, () => this.functions.getFunction(name));
    const serviceName = existing?.serviceConfig?.service ?? `${parent}/services/${id}`;
    const before = existing === null ? null : await this.call(name, CALLS.getService, () => this.run.getService(serviceName));
    // What answers now, pinned to revisions: the new one takes none of it until it has been checked on its tag.
    const kept = before === null ? [] : pinnedTraffic(before);
    const staged = kept.some((target) => (target.percent ?? 0) > 0);
    const fn = this.functionConfig(source, upload.storageSource, staged);
    const operation =
      existing === null
        ? await this.call(name, CALLS.create, () =>
            this.functions.createFunction(parent, id, { ...fn, environment: 'GEN_2' }),
          )
        : await this.call(name, CALLS.patch, () => this.functions.patchFunction(name, { ...fn, name }, updateMask(fn)));
    onProgress(`${existing === null ? 'Creating' : 'Updating'} ${name}: operation ${operation.name}`);
    await this.waitFor(name, operation.name, onProgress);

    const deployed = await this.call(name, CALLS.get, () => this.functions.getFunction(name));
    const url = deployed?.serviceConfig?.uri ?? deployed?.url;
    if (!url) throw new Error(`Cloud Functions deployed ${name} but reports no serviceConfig.uri for it`);
    const revision = deployed?.serviceConfig?.revision ?? deployed?.updateTime ?? operation.name;
    const service = deployed?.serviceConfig?.service ?? serviceName;
    await this.setAccess(name, service, onProgress);

    if (!staged) {
      // A first deploy: nothing else serves, so the new revision takes the traffic as it becomes ready.
      onProgress(`${name} is serving revision ${revision} at ${url}`);
      let checkLatencyMs: number | undefined;
      try {
        checkLatencyMs = await this.checkDeployment(name, url, revision, check, onProgress);
      } catch (error) {
        throw new DeploymentRefused(
          `${name}: ${errorMessage(error)}. It serves now: this first deploy had no previous revision to keep ` +
            `serving. Fix what the check names and run the workflow again, or delete the function.`,
          { cause: error },
        );
      }
      return { url, functionName: id, revision, ...(checkLatencyMs !== undefined && { checkLatencyMs }) };
    }

    const shown = describeTraffic(kept);
    onProgress(`${name} deployed revision ${revision} without traffic; ${shown} keeps serving`);
    const { others, checkLatencyMs } = await this.checkOnTag(name, service, { revision, role: 'the new revision' }, kept, check, onProgress);
    const checked = { url, functionName: id, revision, ...(checkLatencyMs !== undefined && { checkLatencyMs }) };
    const { canaryPercent } = this.options;
    if (canaryPercent > 0) {
      const stable = others.filter((target) => target.tag !== CANARY_TAG).sort((a, b) => (b.percent ?? 0) - (a.percent ?? 0))[0];
      if (stable !== undefined) {
        const split: TrafficTarget[] = [
          { type: REVISION, revision, percent: canaryPercent, tag: CANARY_TAG },
          ...others.flatMap((target) =>
            target === stable
              ? [{ ...target, percent: 100 - canaryPercent }]
              : target.tag && target.tag !== CANARY_TAG
                ? [{ ...target, percent: 0 }]
                : [],
          ),
        ];
        await this.moveTraffic(name, service, split, onProgress);
        onProgress(
          `${name}: revision ${revision} serves ${canaryPercent}% of traffic as a canary (tag '${CANARY_TAG}'), revision ` +
            `${stable.revision} the other ${100 - canaryPercent}%; run with promote: true, or deploy again, to move all of it`,
        );
        return checked;
      }
    }
    await this.moveTraffic(name, service, allTrafficTo(revision, others), onProgress);
    onProgress(`${name}: revision ${revision} now serves 100% of traffic at ${url} (it was ${shown}); the tag '${CANDIDATE_TAG}' was removed`);
    return checked;
  }

  /**
   * Moves all traffic back to `revision` of the function's service after checking it on a tag, as deploy() checks
   * a new one; null (nothing changed) when the function, its service or that revision no longer exists.
   */
  async restore(revision: string, check: DeploymentCheck, onProgress: (message: string) => void): Promise<Deployment | null> {
    const { project, region, functionName: id } = this.options;
    const name = `projects/${project}/locations/${region}/functions/${id}`;
    const fn = await this.call(name, CALLS.get, () => this.functions.getFunction(name));
    const serviceName = fn?.serviceConfig?.service ?? `projects/${project}/locations/${region}/services/${id}`;
    const service = fn === null ? null : await this.call(name, CALLS.getService, () => this.run.getService(serviceName));
    const url = service?.uri ?? fn?.serviceConfig?.uri;
    if (service === null || !url || !(await this.call(name, CALLS.getRevision, () => this.run.hasRevision(serviceName, revision)))) {
      return null;
    }
    const kept = pinnedTraffic(service);
    const shown = describeTraffic(kept);
    await this.setAccess(name, serviceName, onProgress);
    const { others, checkLatencyMs } = await this.checkOnTag(name, serviceName, { revision, role: 'the earlier revision' }, kept, check, onProgress);
    await this.moveTraffic(name, serviceName, allTrafficTo(revision, others), onProgress);
    onProgress(`${name}: revision ${revision} serves 100% of traffic again at ${url} (it was ${shown}); the tag '${CANDIDATE_TAG}' was removed`);
    return { url, functionName: id, revision, ...(checkLatencyMs !== undefined && { checkLatencyMs }) };
  }

  /**
   * Tags `revision` '${CANDIDATE_TAG}' with no traffic and checks it on the tag's URL; when it fails, removes the tag
   * and throws DeploymentRefused (traffic never moved). The service's other targets, to build the next split from,
   * and the check's latency.
   */
  private async checkOnTag(
    name: string,
    service: string,
    candidate: { revision: string; role: string },
    kept: TrafficTarget[],
    check: DeploymentCheck,
    onProgress: (message: string) => void,
  ): Promise<{ others: TrafficTarget[]; checkLatencyMs: number | undefined }> {
    const { revision, role } = candidate;
    const others = kept.filter((target) => target.tag !== CANDIDATE_TAG);
    const tagged = await this.moveTraffic(name, service, [...others, { type: REVISION, revision, percent: 0, tag: CANDIDATE_TAG }], onProgress);
    const candidateUrl = tagged.trafficStatuses?.find((status) => status.tag === CANDIDATE_TAG)?.uri;
    if (!candidateUrl) throw new Error(`Cloud Run tagged ${revision} of ${service} '${CANDIDATE_TAG}' but reports no URL for the tag`);
    onProgress(`Checking revision ${revision} on its tag's URL ${candidateUrl} before it takes traffic`);
    let checkLatencyMs: number | undefined;
    try {
      checkLatencyMs = await this.checkDeployment(name, candidateUrl, revision, check, onProgress);
    } catch (error) {
      const untagged = await this.moveTraffic(name, service, others, onProgress).then(
        () => `the tag '${CANDIDATE_TAG}' was removed`,
        (restore: unknown) => `removing the tag '${CANDIDATE_TAG}' failed too (${errorMessage(restore)}): remove it in the Cloud console`,
      );
      throw new DeploymentRefused(
        `${name}: ${role} ${revision} failed its check, so it took no traffic: ${errorMessage(error)}. ` +
          `Traffic never left ${describeTraffic(kept)}; ${untagged}. Fix what the check names and run the workflow again.`,
        { cause: error },
      );
    }
    return { others, checkLatencyMs };
  }

  /** Moves all traffic to the revision serving as the canary (tagged 'canary'), which its deploy checked. */
  async promote(onProgress: (message: string) => void): Promise<Deployment> {
    const { project, region, functionName: id } = this.options;
    const name = `projects/${project}/locations/${region}/functions/${id}`;
    const fn = await this.call(name, CALLS.get, () => this.functions.getFunction(name));
    const serviceName = fn?.serviceConfig?.service ?? `projects/${project}/locations/${region}/services/${id}`;
    const service = fn === null ? null : await this.call(name, CALLS.getService, () => this.run.getService(serviceName));
    const traffic = service === null ? [] : pinnedTraffic(service);
    const canary = traffic.find((target) => target.tag === CANARY_TAG && (target.percent ?? 0) > 0);
    if (service === null || canary?.revision === undefined) {
      const now = traffic.length > 0 ? `: ${describeTraffic(traffic)} serves it` : '';
      throw new UserError(
        `Input 'promote': ${name} has no canary to promote (no revision tagged '${CANARY_TAG}' takes traffic${now}). ` +
          `Deploy with canary-percent first, or remove promote.`,
      );
    }
    const shown = describeTraffic(traffic);
    await this.moveTraffic(name, serviceName, allTrafficTo(canary.revision, traffic), onProgress);
    onProgress(`${name}: promoted canary revision ${canary.revision} to 100% of traffic (it was ${shown})`);
    return { url: service.uri ?? fn?.serviceConfig?.uri ?? '', functionName: id, revision: canary.revision };
  }

  /** The function as this deploy sets it: only what the inputs name, so a patch leaves the rest as it is. */
  private functionConfig(source: FunctionSource, storageSource: StorageSource, staged: boolean): CloudFunction {
    const { runtime, memory, maxInstances, minInstances, concurrency, timeoutSeconds, serviceAccount, ingress } = this.options;
    const environmentVariables = this.options.environmentVariables;
    return {
      buildConfig: { runtime, entryPoint: source.entryPoint, source: { storageSource } },
      serviceConfig: {
        availableMemory: memory,
        // Cloud Run refuses a concurrency above 1 with less than one CPU, which is the default below 2 GiB.
        ...(concurrency !== null && concurrency > 1 && { availableCpu: '1' }),
        ...(maxInstances !== null && { maxInstanceCount: maxInstances }),
        ...(minInstances !== null && { minInstanceCount: minInstances }),
        ...(concurrency !== null && { maxInstanceRequestConcurrency: concurrency }),
        ...(timeoutSeconds !== null && { timeoutSeconds }),
        ...(serviceAccount !== null && { serviceAccountEmail: serviceAccount }),
        ...(ingress !== null && { ingressSettings: ingress }),
        ...(environmentVariables !== null && { environmentVariables }),
        allTrafficOnLatestRevision: !staged,
      },
    };
  }

  /** Replaces the service's traffic split and waits until Cloud Run serves it; the service as it is then. */
  private async moveTraffic(
    name: string,
    service: string,
    traffic: TrafficTarget[],
    onProgress: (message: string) => void,
  ): Promise<RunService> {
    const operation = await this.call(name, CALLS.updateService, () => this.run.updateTraffic(service, traffic));
    await this.waitFor(name, operation.name, onProgress, 'run');
    const updated = await this.call(name, CALLS.getService, () => this.run.getService(service));
    if (updated === null) throw new Error(`Cloud Run service ${service} is gone after its traffic was updated`);
    return updated;
  }

  /**
   * allow-unauthenticated true grants allUsers the invoker role; false takes back a grant an earlier run made.
   * Both leave every other binding alone and write nothing when the policy is already as asked.
   */
  private async setAccess(name: string, service: string, onProgress: (message: string) => void): Promise<void> {
    if (this.options.allowUnauthenticated) {
      const added = await this.call(name, iamPolicyCall, () => this.run.allowUnauthenticated(service));
      onProgress(added ? `Granted ${INVOKER_ROLE} to ${ALL_USERS} on ${service}` : `${service} already allows unauthenticated calls`);
      return;
    }
    const removed = await this.call(name, iamPolicyCall, () => this.run.disallowUnauthenticated(service));
    if (removed) {
      onProgress(
        `Removed ${ALL_USERS} from ${INVOKER_ROLE} on ${service} (allow-unauthenticated is false): ` +
          `only principals granted ${INVOKER_ROLE} can call it now`,
      );
    }
  }

  /**
   * Runs one API call, turning its failure into a UserError (4xx: the user's to fix) or an Error (5xx) that names
   * the function, the call and the API's message; a 401 or 403 also says what to check or which role to grant.
   */
  private async call<T>(
    name: string,
    call: ApiCall | ((error: GoogleApiError) => ApiCall) | null,
    run: () => Promise<T>,
  ): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (!(error instanceof GoogleApiError)) throw error;
      const named = typeof call === 'function' ? call(error) : call;
      const context = { projectId: this.options.project, principal: this.options.principal ?? null };
      const detail =
        named !== null && (error.status === 401 || error.status === 403)
          ? explainDenied(named.api, named.method, error.status, error.apiMessage, context)
          : error.message;
      const message = `Deploying ${name} failed: ${detail}`;
      if (error.status < 500) throw new UserError(message, { cause: error });
      throw new Error(`${message} (a Google Cloud problem: run the workflow again)`, { cause: error });
    }
  }

  /** Waits for a Cloud Functions operation (the deploy) or, with `run`, a Cloud Run one (a traffic change). */
  private async waitFor(
    name: string,
    operation: string,
    onProgress: (message: string) => void,
    api: 'functions' | 'run' = 'functions',
  ): Promise<void> {
    const options = { deadlineMs: this.options.deadlineMs, onProgress };
    try {
      await (api === 'functions'
        ? this.call(name, CALLS.operation, () => this.functions.waitForOperation(operation, options))
        : this.call(name, CALLS.runOperation, () => this.run.waitForOperation(operation, options)));
    } catch (error) {
      if (error instanceof OperationError) {
        throw new UserError(
          `Deploying ${name} failed: operation ${operation} ended with: ${error.status.message}. ` +
            `The previous revision, if any, keeps serving; see the function's build and runtime logs in the Cloud console.`,
          { cause: error },
        );
      }
      if (error instanceof OperationTimeoutError) {
        throw new UserError(
          `Deploying ${name}: operation ${operation} was not done within deploy-timeout ` +
            `(${Math.round(this.options.deadlineMs / 1000)} s). ` +
            `It may still finish; raise deploy-timeout if deploys of this function take longer.`,
          { cause: error },
        );
      }
      throw error;
    }
  }

  /**
   * Asks the revision at `url` the check instances, as the local deployer does. A private function needs an
   * identity token for its URL; when the credentials cannot mint one and the function refuses the call, the check
   * is skipped with a note instead of failing a deploy that succeeded. Resolves to the prediction request's
   * latency in milliseconds, or undefined when no prediction was checked.
   */
  private async checkDeployment(
    name: string,
    url: string,
    revision: string,
    check: DeploymentCheck,
    onProgress: (message: string) => void,
  ): Promise<number | undefined> {
    const isPublic = this.options.allowUnauthenticated;
    const { headers, note } = isPublic ? { headers: {}, note: null } : await identityHeaders(this.options.authClient, url);
    const body = JSON.stringify({ instances: check.instances });
    const request: RequestInit =
      check.instances.length === 0
        ? { method: 'GET', headers }
        : { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body };
    const propagated = Date.now() + IAM_PROPAGATION_MS;
    let started = performance.now();
    let response = await fetch(url, { ...request, signal: AbortSignal.timeout(CHECK_TIMEOUT_MS) });
    for (let pause = 2000; isPublic && response.status === 403 && Date.now() < propagated; pause = Math.min(2 * pause, 15_000)) {
      await response.body?.cancel();
      onProgress(`${url} still answers 403: waiting for the ${ALL_USERS} binding to take effect`);
      await sleep(pause);
      started = performance.now();
      response = await fetch(url, { ...request, signal: AbortSignal.timeout(CHECK_TIMEOUT_MS) });
    }
    const text = await response.text();
    const latencyMs = performance.now() - started;
    if ((response.status === 401 || response.status === 403) && !isPublic) {
      const why = note ?? `the identity token's principal lacks ${INVOKER_ROLE}`;
      onProgress(
        `Skipped checking ${name}'s predictions: ${url} answered ${response.status} (${why}). ` +
          `Set allow-unauthenticated: true or grant ${INVOKER_ROLE} to check it.`,
      );
      return undefined;
    }
    const failure = checkProblem(response.status, text, check);
    if (failure !== null) throw new Error(`revision ${revision} does not answer as the pipeline predicted: ${failure}`);
    onProgress(
      check.instances.length === 0
        ? `${name} answers at ${url}`
        : `${name} answers ${check.instances.length} check instances as the pipeline predicted`,
    );
    return check.instances.length === 0 ? undefined : latencyMs;
  }
}

/** The fields a patch replaces: exactly those `fn` sets, as update-mask paths. */
function updateMask(fn: CloudFunction): string[] {
  const mask = ['buildConfig.runtime', 'buildConfig.entryPoint', 'buildConfig.source'];
  for (const field of Object.keys(fn.serviceConfig ?? {})) mask.push(`serviceConfig.${field}`);
  return mask;
}

/** The tag a new revision is checked on before it takes traffic; removed once the check has decided. */
export const CANDIDATE_TAG = 'candidate';

/**
 * The service's traffic as REVISION targets: a LATEST target becomes the revision it resolves to now, so a new
 * latest revision does not inherit it. Tags are kept; shares of 0 without a tag are dropped.
 */
function pinnedTraffic(service: RunService): TrafficTarget[] {
  const latest = service.latestReadyRevision ? shortRevisionName(service.latestReadyRevision) : undefined;
  const statuses = service.trafficStatuses ?? service.traffic ?? [];
  return statuses.flatMap((status) => {
    const revision = status.revision ? shortRevisionName(status.revision) : latest;
    const percent = status.percent ?? 0;
    if (revision === undefined || (percent === 0 && !status.tag)) return [];
    return [{ type: REVISION, revision, percent, ...(status.tag && { tag: status.tag }) }];
  });
}

/** The tag of a revision that serves canary-percent of the traffic until it is promoted. */
export const CANARY_TAG = 'canary';

/** All traffic to `revision`; other tags (a user's own) keep pointing where they did, with no share of it. */
function allTrafficTo(revision: string, traffic: TrafficTarget[]): TrafficTarget[] {
  const tagged = traffic.filter((target) => target.tag && target.tag !== CANDIDATE_TAG && target.tag !== CANARY_TAG);
  return [{ type: REVISION, revision, percent: 100 }, ...tagged.map((target) => ({ ...target, percent: 0 }))];
}

/** "revision fn-00001-abc (100%)", or several joined with "and". */
function describeTraffic(traffic: TrafficTarget[]): string {
  const serving = traffic.filter((target) => (target.percent ?? 0) > 0);
  const parts = serving.map((target) => `revision ${target.revision} (${target.percent}%)`);
  return parts.join(' and ');
}

/**
 * An Authorization header with an identity token for `url` when the AuthClient can mint one (a service-account
 * key, the metadata server, impersonation); otherwise none, and a note saying why. Cloud Run URLs are https; a
 * plain-http URL (an emulator on this machine) never gets a token: a bearer token must not cross plain http.
 */
async function identityHeaders(
  authClient: AuthClient,
  url: string,
): Promise<{ headers: Record<string, string>; note: string | null }> {
  if (new URL(url).protocol !== 'https:') return { headers: {}, note: 'no identity token is sent over plain http' };
  const minter = authClient as AuthClient & { fetchIdToken?: (audience: string) => Promise<string> };
  if (typeof minter.fetchIdToken !== 'function') {
    return { headers: {}, note: 'these credentials cannot mint identity tokens' };
  }
  try {
    return { headers: { authorization: `Bearer ${await minter.fetchIdToken(url)}` }, note: null };
  } catch (error) {
    return { headers: {}, note: `no identity token: ${errorMessage(error)}` };
  }
}

function checkProblem(status: number, text: string, check: DeploymentCheck): string | null {
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON: kept as text for the message.
  }
  if (status !== 200) {
    const shown = typeof body === 'string' ? body : JSON.stringify(body);
    return `it answered ${status}: ${shown.length > 300 ? `${shown.slice(0, 297)}...` : shown}`;
  }
  if (check.instances.length === 0) return null;
  return predictionMismatch(check.expected, (body as { predictions?: unknown } | null)?.predictions);
}

/**
 * The regular files under `dir`, zipped in name order with a fixed time and mode, so equal sources give equal
 * bytes. Only what is in the directory goes in: a symbolic link (which could reach anything on the runner) or any
 * other special file is refused.
 */
export async function zipDirectory(dir: string): Promise<{ zip: Buffer; files: string[] }> {
  const files: string[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isDirectory()) continue;
    if (!entry.isFile()) {
      throw new UserError(`The function source ${dir} holds ${path}, which is not a regular file: refusing to zip it`);
    }
    files.push(relative(dir, path).split(sep).join(posix.sep));
  }
  files.sort();
  const zipFile = new yazl.ZipFile();
  for (const file of files) {
    zipFile.addFile(join(dir, file), file, { mtime: ZIP_MTIME, mode: ZIP_MODE, forceDosTimestamp: true });
  }
  zipFile.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zipFile.outputStream) chunks.push(chunk as Buffer);
  return { zip: Buffer.concat(chunks), files };
}
