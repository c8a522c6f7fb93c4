import type { AuthClient } from 'google-auth-library';
import { apiEndpoint, callGoogleApi } from './google-api.js';

/** Cloud Logging v2 entries:list (https://cloud.google.com/logging/docs/reference/v2/rest/v2/entries/list). */

export const CLOUD_LOGGING_ENDPOINT = 'https://logging.googleapis.com/';

export interface LogEntry {
  logName?: string;
  resource?: { type?: string; labels?: Record<string, string> };
  timestamp?: string;
  severity?: string;
  /** Unique among entries with the same timestamp in a log: with it, (timestamp, insertId) names one entry. */
  insertId?: string;
  textPayload?: string;
  jsonPayload?: Record<string, unknown>;
}

export interface ListEntriesRequest {
  /** `projects/{project}`. */
  resourceNames: string[];
  filter: string;
  orderBy?: 'timestamp asc' | 'timestamp desc';
  pageSize?: number;
  pageToken?: string;
}

export interface ListEntriesResponse {
  entries?: LogEntry[];
  /** More entries may match: ask again with it. Present also on a page with no entries (a long search). */
  nextPageToken?: string;
}

export class CloudLoggingClient {
  private readonly authClient: AuthClient;
  private readonly endpoint: string;

  constructor(options: { authClient: AuthClient; endpoint?: string }) {
    this.authClient = options.authClient;
    this.endpoint = options.endpoint ?? apiEndpoint('LOGGING', CLOUD_LOGGING_ENDPOINT);
  }

  listEntries(request: ListEntriesRequest): Promise<ListEntriesResponse> {
    return callGoogleApi<ListEntriesResponse>(this.authClient, 'POST', `${this.endpoint}v2/entries:list`, request);
  }
}
