// Turns a 401/403 from a Google API into a message that names the missing IAM permission, the predefined role
// that grants it and the command that grants the role. Permission names follow Google's references: the Cloud
// Storage JSON API's IAM table, the Cloud Functions v2 REST reference (generateUploadUrl needs sourceCodeSet),
// Cloud Run's public-access guide (setIamPolicy needs run.services.setIamPolicy, in Cloud Run Admin) and
// BigQuery's access-control reference (a query is a job: bigquery.jobs.create; reading rows: tables.getData).

/** Who the grant is for; unknown parts are left as placeholders in the command. */
export interface DeniedContext {
  projectId?: string | null;
  principal?: string | null;
}

/** The role to grant for a permission, and where: the project, or the runtime service account (actAs). */
interface Grant {
  role: string;
  on: 'project' | 'service-account';
  why?: string;
}

const API_NAMES: Record<string, string> = {
  storage: 'Cloud Storage',
  cloudfunctions: 'Cloud Functions',
  run: 'Cloud Run',
  iam: 'IAM',
  aiplatform: 'Vertex AI',
  logging: 'Cloud Logging',
  bigquery: 'BigQuery',
};

// The smallest predefined role that grants each permission the action uses. Deploying needs the whole
// Cloud Functions Developer role anyway, so its read permissions point there rather than at the Viewer role.
const GRANTS: Record<string, Grant> = {
  'storage.objects.list': { role: 'roles/storage.objectViewer', on: 'project' },
  'storage.objects.get': { role: 'roles/storage.objectViewer', on: 'project' },
  'storage.objects.create': {
    role: 'roles/storage.objectCreator',
    on: 'project',
    why: 'roles/storage.objectAdmin instead if objects are overwritten, as latest.json is',
  },
  'storage.objects.delete': {
    role: 'roles/storage.objectAdmin',
    on: 'project',
    why: 'overwriting an object deletes the old one',
  },
  'cloudfunctions.functions.sourceCodeSet': { role: 'roles/cloudfunctions.developer', on: 'project' },
  'cloudfunctions.functions.create': { role: 'roles/cloudfunctions.developer', on: 'project' },
  'cloudfunctions.functions.update': { role: 'roles/cloudfunctions.developer', on: 'project' },
  'cloudfunctions.functions.get': { role: 'roles/cloudfunctions.developer', on: 'project' },
  'cloudfunctions.operations.get': { role: 'roles/cloudfunctions.developer', on: 'project' },
  'iam.serviceAccounts.actAs': {
    role: 'roles/iam.serviceAccountUser',
    on: 'service-account',
    why: 'a deployed function and a Vertex AI training job run as their service account',
  },
  'run.services.get': { role: 'roles/run.viewer', on: 'project' },
  'run.services.update': {
    role: 'roles/run.developer',
    on: 'project',
    why: 'a new revision is checked on a tag before its traffic moves',
  },
  'run.operations.get': { role: 'roles/run.viewer', on: 'project' },
  'run.services.getIamPolicy': { role: 'roles/run.admin', on: 'project' },
  'run.services.setIamPolicy': { role: 'roles/run.admin', on: 'project' },
  'aiplatform.customJobs.create': { role: 'roles/aiplatform.user', on: 'project' },
  'aiplatform.customJobs.get': { role: 'roles/aiplatform.user', on: 'project' },
  'aiplatform.customJobs.cancel': { role: 'roles/aiplatform.user', on: 'project' },
  'logging.logEntries.list': { role: 'roles/logging.viewer', on: 'project', why: "to show the training job's log in the step's" },
  'bigquery.jobs.create': { role: 'roles/bigquery.jobUser', on: 'project', why: 'a query, and its dry run, is a job in the project that pays for it' },
  'bigquery.tables.getData': { role: 'roles/bigquery.dataViewer', on: 'project', why: 'or on the dataset alone' },
  'bigquery.tables.get': { role: 'roles/bigquery.dataViewer', on: 'project', why: 'or on the dataset alone' },
};

/** `<api> <method>` as callers name their calls → the permission it needs. */
const CALLS: Record<string, string> = {
  'storage objects.list': 'storage.objects.list',
  'storage objects.get': 'storage.objects.get',
  // The JSON API calls an upload objects.insert; the permission is named after create.
  'storage objects.insert': 'storage.objects.create',
  'storage objects.create': 'storage.objects.create',
  'cloudfunctions functions.generateUploadUrl': 'cloudfunctions.functions.sourceCodeSet',
  'cloudfunctions functions.create': 'cloudfunctions.functions.create',
  'cloudfunctions functions.patch': 'cloudfunctions.functions.update',
  'cloudfunctions functions.update': 'cloudfunctions.functions.update',
  'cloudfunctions functions.get': 'cloudfunctions.functions.get',
  'cloudfunctions operations.get': 'cloudfunctions.operations.get',
  'run services.get': 'run.services.get',
  'run services.update': 'run.services.update',
  'run operations.get': 'run.operations.get',
  'run services.getIamPolicy': 'run.services.getIamPolicy',
  'run services.setIamPolicy': 'run.services.setIamPolicy',
  'aiplatform customJobs.create': 'aiplatform.customJobs.create',
  'aiplatform customJobs.get': 'aiplatform.customJobs.get',
  'aiplatform customJobs.cancel': 'aiplatform.customJobs.cancel',
  'logging entries.list': 'logging.logEntries.list',
  'bigquery jobs.insert': 'bigquery.jobs.create',
  // A job's creator may read its results and cancel it: what jobs.create grants.
  'bigquery jobs.getQueryResults': 'bigquery.jobs.create',
  'bigquery jobs.cancel': 'bigquery.jobs.create',
  'bigquery tables.get': 'bigquery.tables.get',
  'bigquery tabledata.list': 'bigquery.tables.getData',
};

/** Permission names as the APIs spell them, lower-cased (Cloud Functions writes iam.serviceaccounts.actAs). */
const CANONICAL = new Map(Object.keys(GRANTS).map((permission) => [permission.toLowerCase(), permission]));

// How APIs name the permission they checked: "Permission 'x.y.z' denied on ...", "Caller is missing permission
// 'x.y.z' on ...", "... does not have x.y.z access to ...", and BigQuery's "Permission x.y.z denied on table ..."
// and "User does not have x.y.z permission in project ...".
const NAMED_PERMISSION = [
  /permission '([a-z]+(?:\.[a-z]+){2,})'/i,
  /does not have ([a-z]+(?:\.[a-z]+){2,}) (?:access|permission)/i,
  /permission ([a-z]+(?:\.[a-z]+){2,}) denied/i,
];
// Cloud Functions names the account as a resource (serviceAccounts/EMAIL), Vertex AI in words (service account EMAIL).
const SERVICE_ACCOUNT_IN_MESSAGE = /(?:serviceAccounts\/|service account )([\w.-]+@[\w.-]+\.[a-z]+)/i;
const API_DISABLED = /SERVICE_DISABLED|has not been used in project|it is disabled/i;

/**
 * The one-line error for a failed call: for 403 the permission it needs (as the API names it, else as the
 * call implies), the role that grants it and the gcloud command; for 401 what to check about the credentials.
 */
export function explainDenied(
  api: string,
  method: string,
  status: number,
  apiMessage: string,
  context: DeniedContext = {},
): string {
  const call = `${API_NAMES[api] ?? api} ${method}`;
  const message = apiMessage.replace(/\s+/g, ' ').trim().replace(/\.$/, '') || 'no message';
  const project = context.projectId ?? 'PROJECT_ID';
  const member = `serviceAccount:${context.principal ?? 'SERVICE_ACCOUNT_EMAIL'}`;

  if (status === 401) {
    return (
      `${call} was rejected (401): ${message}. The credentials are invalid, expired or revoked: check that the ` +
      "key in 'credentials' still exists (IAM → Service accounts → Keys) and its service account is enabled, " +
      "or, with Workload Identity Federation, that google-github-actions/auth ran earlier in this job and its " +
      'provider accepts this repository.'
    );
  }
  if (status !== 403) return `${call} failed (${status}): ${message}.`;

  const denied = `${call} was denied (403): ${message}.`;
  if (API_DISABLED.test(apiMessage)) {
    return `${denied} Enable the API: gcloud services enable ${api}.googleapis.com --project=${project}`;
  }
  const permission = permissionNamedIn(apiMessage) ?? CALLS[`${api} ${method}`];
  if (permission === undefined) {
    return `${denied} The service account lacks a permission this call needs; grant it a role that includes it.`;
  }
  const grant = GRANTS[permission];
  if (grant === undefined) {
    return `${denied} The service account needs ${permission}: grant it a predefined role that includes it.`;
  }
  const why = grant.why === undefined ? '' : ` (${grant.why})`;
  const runtimeAccount = SERVICE_ACCOUNT_IN_MESSAGE.exec(apiMessage)?.[1] ?? 'RUNTIME_SERVICE_ACCOUNT';
  const binding =
    grant.on === 'project'
      ? `gcloud projects add-iam-policy-binding ${project}`
      : `gcloud iam service-accounts add-iam-policy-binding ${runtimeAccount} --project=${project}`;
  const command = `${binding} --member=${member} --role=${grant.role}`;
  return `${denied} The service account needs ${permission}, granted by ${grant.role}${why}: ${command}`;
}

function permissionNamedIn(apiMessage: string): string | undefined {
  for (const pattern of NAMED_PERMISSION) {
    const named = pattern.exec(apiMessage)?.[1];
    if (named !== undefined) return CANONICAL.get(named.toLowerCase()) ?? named;
  }
  return undefined;
}
