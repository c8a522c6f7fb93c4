import type { AuthClient } from 'google-auth-library';
import { apiEndpoint, callGoogleApi, GoogleApiError } from './cloud-functions.js';

/**
 * The IAM part of Cloud Run Admin v2 (projects.locations.services getIamPolicy / setIamPolicy): a 2nd gen
 * function is served by a Cloud Run service, and who may invoke it is that service's policy.
 */

export const CLOUD_RUN_ENDPOINT = 'https://run.googleapis.com/';
export const INVOKER_ROLE = 'roles/run.invoker';
export const ALL_USERS = 'allUsers';

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
  async allowUnauthenticated(service: string): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      const policy = await this.getIamPolicy(service);
      const bindings = policy.bindings ?? [];
      const invoker = bindings.find((binding) => binding.role === INVOKER_ROLE && binding.condition === undefined);
      if (invoker?.members?.includes(ALL_USERS)) return false;
      const withAllUsers = (binding: IamBinding) => ({ ...binding, members: [...(binding.members ?? []), ALL_USERS] });
      const updated: IamPolicy = {
        ...policy,
        version: POLICY_VERSION,
        bindings: invoker
          ? bindings.map((binding) => (binding === invoker ? withAllUsers(binding) : binding))
          : [...bindings, { role: INVOKER_ROLE, members: [ALL_USERS] }],
      };
      try {
        await this.setIamPolicy(service, updated);
        return true;
      } catch (error) {
        // 409 ABORTED: someone else wrote the policy between our read and write; read it again.
        const concurrent = error instanceof GoogleApiError && error.status === 409 && error.rpcStatus === 'ABORTED';
        if (!concurrent || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  private request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    return callGoogleApi<T>(this.authClient, method, `${this.endpoint}v2/${path}`, body);
  }
}
