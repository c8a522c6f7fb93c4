import type { AuthClient } from 'google-auth-library';
import { apiEndpoint, callGoogleApi, GoogleApiError, pollOperation, type Operation, type WaitOptions } from './google-api.js';

/**
 * The parts of Cloud Run Admin v2 (projects.locations.services) a 2nd gen function needs: it is served by a Cloud
 * Run service, whose traffic split decides which revision answers, and whose IAM policy decides who may invoke it.
 */

export const CLOUD_RUN_ENDPOINT = 'https://run.googleapis.com/';
export const INVOKER_ROLE = 'roles/run.invoker';
export const ALL_USERS = 'allUsers';

export const LATEST = 'TRAFFIC_TARGET_ALLOCATION_TYPE_LATEST';
export const REVISION = 'TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION';
export type TrafficType = typeof LATEST | typeof REVISION;

/** One entry of Service.traffic: a share of the requests (percent), and/or a tag whose own URL reaches the revision. */
export interface TrafficTarget {
  type?: TrafficType;
  /** The revision's short name (`fn-00002-abc`), for the REVISION type. */
  revision?: string;
  percent?: number;
  tag?: string;
}

/** Service.trafficStatuses: where traffic actually goes, with the URL of each tag. */
export interface TrafficTargetStatus extends TrafficTarget {
  uri?: string;
}

export interface RunService {
  /** `projects/{project}/locations/{location}/services/{service}` */
  name?: string;
  uri?: string;
  traffic?: TrafficTarget[];
  trafficStatuses?: TrafficTargetStatus[];
  /** Full revision names: `projects/{p}/locations/{l}/services/{s}/revisions/{r}`. */
  latestReadyRevision?: string;
  latestCreatedRevision?: string;
  etag?: string;
}

export interface IamBinding {
  role: string;
  members?: string[];
  condition?: unknown;
}

export interface IamPolicy {
  version?: number;
  bindings?: IamBinding[];
  /** Names the policy version read: setIamPolicy with a stale etag fails with 409 ABORTED. */
  etag?: string;
}

/** Policy version 3 keeps conditional bindings intact through a read-modify-write. */
const POLICY_VERSION = 3;
/** Read-modify-write rounds before giving up when other writers keep changing the policy. */
const MAX_ATTEMPTS = 3;

export class CloudRunClient {
  private readonly authClient: AuthClient;
  private readonly endpoint: string;

  constructor(options: { authClient: AuthClient; endpoint?: string }) {
    this.authClient = options.authClient;
    this.endpoint = options.endpoint ?? apiEndpoint('RUN', CLOUD_RUN_ENDPOINT);
  }

  /** The service, or null when there is none by that name. */
  getService(service: string): Promise<RunService | null> {
    return callGoogleApi<RunService>(this.authClient, 'GET', `${this.endpoint}v2/${service}`, undefined, { notFoundAsNull: true });
  }

  /** Whether the service still has revision `revision` (its short name): Cloud Run deletes old ones in time. */
  async hasRevision(service: string, revision: string): Promise<boolean> {
    const url = `${this.endpoint}v2/${service}/revisions/${encodeURIComponent(revision)}`;
    return (await callGoogleApi<unknown>(this.authClient, 'GET', url, undefined, { notFoundAsNull: true })) !== null;
  }

  /** Starts replacing the service's traffic split (only that: the update mask names `traffic`). */
  updateTraffic(service: string, traffic: TrafficTarget[]): Promise<Operation> {
    return this.request<Operation>('PATCH', `${service}?updateMask=traffic`, { name: service, traffic });
  }

  /** Polls a Cloud Run operation until it is done: see pollOperation. */
  waitForOperation(name: string, options: WaitOptions): Promise<Operation> {
    return pollOperation(() => this.request<Operation>('GET', name), name, options);
  }

  /** The policy of `projects/{p}/locations/{l}/services/{s}`. */
  getIamPolicy(service: string): Promise<IamPolicy> {
    return this.request<IamPolicy>('GET', `${service}:getIamPolicy?options.requestedPolicyVersion=${POLICY_VERSION}`);
  }

  /** Replaces the service's policy; the etag in `policy` makes it fail if the policy changed since it was read. */
  setIamPolicy(service: string, policy: IamPolicy): Promise<IamPolicy> {
    return this.request<IamPolicy>('POST', `${service}:setIamPolicy`, { policy });
  }

  /**
   * Grants roles/run.invoker to allUsers on the service, keeping every other binding. Idempotent: true when it
   * added the member, false when the policy already had it (and was not written).
   */
  allowUnauthenticated(service: string): Promise<boolean> {
    return this.updatePolicy(service, (bindings) => {
      const invoker = bindings.find(isInvokerBinding);
      if (invoker?.members?.includes(ALL_USERS)) return null;
      const withAllUsers = (binding: IamBinding) => ({ ...binding, members: [...(binding.members ?? []), ALL_USERS] });
      return invoker
        ? bindings.map((binding) => (binding === invoker ? withAllUsers(binding) : binding))
        : [...bindings, { role: INVOKER_ROLE, members: [ALL_USERS] }];
    });
  }

  /**
   * Removes allUsers from the unconditional roles/run.invoker binding (dropping the binding when nothing else is
   * in it), keeping every other binding. Idempotent: true when it removed the member, false when there was none.
   */
  disallowUnauthenticated(service: string): Promise<boolean> {
    return this.updatePolicy(service, (bindings) => {
      const invoker = bindings.find(isInvokerBinding);
      if (!invoker?.members?.includes(ALL_USERS)) return null;
      const members = invoker.members.filter((member) => member !== ALL_USERS);
      return members.length === 0
        ? bindings.filter((binding) => binding !== invoker)
        : bindings.map((binding) => (binding === invoker ? { ...binding, members } : binding));
    });
  }

  /**
   * Read-modify-write of the policy's bindings: `change` returns the new bindings, or null when the policy is already
   * as wanted (nothing is written). True when it wrote. A write that lost a race with another writer is redone.
   */
  private async updatePolicy(service: string, change: (bindings: IamBinding[]) => IamBinding[] | null): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      const policy = await this.getIamPolicy(service);
      const bindings = change(policy.bindings ?? []);
      if (bindings === null) return false;
      try {
        await this.setIamPolicy(service, { ...policy, version: POLICY_VERSION, bindings });
        return true;
      } catch (error) {
        // 409 ABORTED: someone else wrote the policy between our read and write; read it again.
        const concurrent = error instanceof GoogleApiError && error.status === 409 && error.rpcStatus === 'ABORTED';
        if (!concurrent || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  private request<T>(method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown): Promise<T> {
    return callGoogleApi<T>(this.authClient, method, `${this.endpoint}v2/${path}`, body);
  }
}

function isInvokerBinding(binding: IamBinding): boolean {
  return binding.role === INVOKER_ROLE && binding.condition === undefined;
}

/** A revision's short name (`fn-00002-abc`) from its full or short name. */
export function shortRevisionName(revision: string): string {
  return revision.split('/').pop() ?? revision;
}
