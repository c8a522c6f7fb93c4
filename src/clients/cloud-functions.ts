import type { AuthClient } from 'google-auth-library';
import { apiEndpoint, apiError, callGoogleApi, pollOperation, REQUEST_TIMEOUT_MS, type Operation, type WaitOptions } from './google-api.js';

/**
 * Cloud Functions v2 REST (https://cloud.google.com/functions/docs/reference/rest/v2), the calls a deploy needs.
 * Every call goes through one request(): headers from the AuthClient, JSON in and out, status >= 400 turned into a
 * GoogleApiError. Progress goes out through callbacks; nothing here logs.
 */

export const CLOUD_FUNCTIONS_ENDPOINT = 'https://cloudfunctions.googleapis.com/';

/** How a function's source is found: the object generateUploadUrl named, once the zip is PUT there. */
export interface StorageSource {
  bucket: string;
  object: string;
  generation?: string;
}

export interface BuildConfig {
  runtime?: string;
  entryPoint?: string;
  source?: { storageSource?: StorageSource };
  environmentVariables?: Record<string, string>;
  /** Output only: the Cloud Build that built the image. */
  build?: string;
}

export interface ServiceConfig {
  /** A quantity such as 512Mi or 1Gi. */
  availableMemory?: string;
  /** A CPU count such as "1": a concurrency above 1 needs at least one. */
  availableCpu?: string;
  maxInstanceCount?: number;
  /** Instances kept warm, so a request after a quiet spell does not wait for a cold start. */
  minInstanceCount?: number;
  /** Requests one instance serves at once. */
  maxInstanceRequestConcurrency?: number;
  /** How long one request may take, in seconds. */
  timeoutSeconds?: number;
  /** The identity the function runs as; the API's default is the Compute Engine default service account. */
  serviceAccountEmail?: string;
  ingressSettings?: IngressSettings;
  /** false: a new revision gets no traffic until the Cloud Run service's traffic is moved to it. */
  allTrafficOnLatestRevision?: boolean;
  environmentVariables?: Record<string, string>;
  /** Output only: the HTTPS address that invokes the function. */
  uri?: string;
  /** Output only: the Cloud Run service, `projects/{p}/locations/{l}/services/{s}`. */
  service?: string;
  /** Output only: the Cloud Run revision serving the function. */
  revision?: string;
}

export type IngressSettings = 'ALLOW_ALL' | 'ALLOW_INTERNAL_ONLY' | 'ALLOW_INTERNAL_AND_GCLB';

export type FunctionState = 'STATE_UNSPECIFIED' | 'ACTIVE' | 'FAILED' | 'DEPLOYING' | 'DELETING' | 'UNKNOWN';

export interface CloudFunction {
  /** `projects/{project}/locations/{location}/functions/{function}` */
  name?: string;
  environment?: 'GEN_1' | 'GEN_2';
  buildConfig?: BuildConfig;
  serviceConfig?: ServiceConfig;
  state?: FunctionState;
  stateMessages?: Array<{ severity?: string; type?: string; message?: string }>;
  updateTime?: string;
  url?: string;
}

export interface UploadTarget {
  /** A signed URL: it carries its own authorization and must not be logged. */
  uploadUrl: string;
  storageSource: StorageSource;
}


export class CloudFunctionsClient {
  private readonly authClient: AuthClient;
  private readonly endpoint: string;

  constructor(options: { authClient: AuthClient; endpoint?: string }) {
    this.authClient = options.authClient;
    this.endpoint = options.endpoint ?? apiEndpoint('CLOUDFUNCTIONS', CLOUD_FUNCTIONS_ENDPOINT);
  }

  /** The function, or null when there is none by that name. */
  getFunction(name: string): Promise<CloudFunction | null> {
    return this.request<CloudFunction>('GET', name, undefined, { notFoundAsNull: true });
  }

  /** Starts creating `parent/functions/{id}`; the returned operation says when it is deployed. */
  createFunction(parent: string, id: string, fn: CloudFunction): Promise<Operation> {
    return this.request<Operation>('POST', `${parent}/functions?functionId=${encodeURIComponent(id)}`, fn);
  }

  /** Starts updating the fields `updateMask` names (e.g. `buildConfig.source,serviceConfig.availableMemory`). */
  patchFunction(name: string, fn: CloudFunction, updateMask: readonly string[]): Promise<Operation> {
    return this.request<Operation>('PATCH', `${name}?updateMask=${encodeURIComponent(updateMask.join(','))}`, fn);
  }

  /** A signed URL to PUT the source zip to, and the storage source that names it in create or patch. */
  async generateUploadUrl(parent: string): Promise<UploadTarget> {
    const answer = await this.request<Partial<UploadTarget>>('POST', `${parent}/functions:generateUploadUrl`, {});
    if (typeof answer.uploadUrl !== 'string' || typeof answer.storageSource?.bucket !== 'string') {
      throw new Error(`generateUploadUrl for ${parent} answered without uploadUrl and storageSource`);
    }
    return { uploadUrl: answer.uploadUrl, storageSource: answer.storageSource };
  }

  /**
   * PUTs the zip to a signed upload URL. No Authorization header: the URL carries its own, and credentials sent
   * along would be checked instead (and lack access to the upload bucket).
   */
  async uploadSource(uploadUrl: string, zip: Buffer): Promise<void> {
    const shown = withoutQuery(uploadUrl);
    const response = await fetch(uploadUrl, {
      method: 'PUT',
      headers: { 'content-type': 'application/zip' },
      body: zip,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    if (response.status >= 400) throw await apiError('PUT', shown, response);
    await response.body?.cancel();
  }

  getOperation(name: string): Promise<Operation> {
    return this.request<Operation>('GET', name);
  }

  /** Polls the operation until it is done: see pollOperation. */
  waitForOperation(name: string, options: WaitOptions): Promise<Operation> {
    return pollOperation(() => this.getOperation(name), name, options);
  }

  private request<T>(method: 'GET', path: string, body: undefined, options: { notFoundAsNull: true }): Promise<T | null>;
  private request<T>(method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown): Promise<T>;
  private request<T>(
    method: 'GET' | 'POST' | 'PATCH',
    path: string,
    body?: unknown,
    options?: { notFoundAsNull: true },
  ): Promise<T | null> {
    const url = `${this.endpoint}v2/${path}`;
    return options
      ? callGoogleApi<T>(this.authClient, method, url, body, options)
      : callGoogleApi<T>(this.authClient, method, url, body);
  }
}

function withoutQuery(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
}
