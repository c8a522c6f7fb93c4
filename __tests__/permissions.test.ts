import { describe, expect, it } from '@jest/globals';
import { explainDenied } from '../src/auth/permissions.js';

const who = { projectId: 'my-project', principal: 'deployer@my-project.iam.gserviceaccount.com' };
const member = '--member=serviceAccount:deployer@my-project.iam.gserviceaccount.com';

describe('explainDenied', () => {
  it('names the permission, the role and the command, in one line', () => {
    const apiMessage =
      'deployer@my-project.iam.gserviceaccount.com does not have storage.objects.list access to the Google Cloud ' +
      "Storage bucket. Permission 'storage.objects.list' denied on resource (or it may not exist).";

    expect(explainDenied('storage', 'objects.list', 403, apiMessage, who)).toBe(
      `Cloud Storage objects.list was denied (403): ${apiMessage.slice(0, -1)}. The service account needs ` +
        'storage.objects.list, granted by roles/storage.objectViewer: gcloud projects add-iam-policy-binding ' +
        `my-project ${member} --role=roles/storage.objectViewer`,
    );
  });

  it.each([
    ['storage', 'objects.get', 'storage.objects.get', 'roles/storage.objectViewer'],
    ['storage', 'objects.insert', 'storage.objects.create', 'roles/storage.objectCreator'],
    ['storage', 'objects.create', 'storage.objects.create', 'roles/storage.objectCreator'],
    ['cloudfunctions', 'functions.generateUploadUrl', 'cloudfunctions.functions.sourceCodeSet', 'roles/cloudfunctions.developer'],
    ['cloudfunctions', 'functions.create', 'cloudfunctions.functions.create', 'roles/cloudfunctions.developer'],
    ['cloudfunctions', 'functions.patch', 'cloudfunctions.functions.update', 'roles/cloudfunctions.developer'],
    ['cloudfunctions', 'functions.update', 'cloudfunctions.functions.update', 'roles/cloudfunctions.developer'],
    ['cloudfunctions', 'functions.get', 'cloudfunctions.functions.get', 'roles/cloudfunctions.developer'],
    ['cloudfunctions', 'operations.get', 'cloudfunctions.operations.get', 'roles/cloudfunctions.developer'],
    ['run', 'services.getIamPolicy', 'run.services.getIamPolicy', 'roles/run.admin'],
    ['run', 'services.setIamPolicy', 'run.services.setIamPolicy', 'roles/run.admin'],
    ['aiplatform', 'customJobs.create', 'aiplatform.customJobs.create', 'roles/aiplatform.user'],
    ['aiplatform', 'customJobs.get', 'aiplatform.customJobs.get', 'roles/aiplatform.user'],
    ['aiplatform', 'customJobs.cancel', 'aiplatform.customJobs.cancel', 'roles/aiplatform.user'],
    ['logging', 'entries.list', 'logging.logEntries.list', 'roles/logging.viewer'],
  ])('maps %s %s to %s (%s) when the API does not name the permission', (api, method, permission, role) => {
    const text = explainDenied(api, method, 403, 'The caller does not have permission', who);

    expect(text).toContain(`was denied (403): The caller does not have permission. The service account needs ${permission}, granted by ${role}`);
    expect(text).toMatch(new RegExp(`gcloud projects add-iam-policy-binding my-project ${member} --role=${role}$`));
  });

  it('prefers the permission the API names: overwriting an object also needs delete', () => {
    const apiMessage = "Permission 'storage.objects.delete' denied on resource (or it may not exist).";
    const text = explainDenied('storage', 'objects.insert', 403, apiMessage, who);

    expect(text).toContain('needs storage.objects.delete, granted by roles/storage.objectAdmin (overwriting an object deletes the old one)');
    expect(text).toMatch(/--role=roles\/storage\.objectAdmin$/);
  });

  it('grants actAs on the runtime service account the API names', () => {
    const apiMessage =
      "Caller is missing permission 'iam.serviceaccounts.actAs' on service account " +
      'projects/-/serviceAccounts/123456789-compute@developer.gserviceaccount.com.';
    const text = explainDenied('cloudfunctions', 'functions.create', 403, apiMessage, who);

    expect(text).toContain('The service account needs iam.serviceAccounts.actAs, granted by roles/iam.serviceAccountUser');
    expect(text).toMatch(
      new RegExp(
        'gcloud iam service-accounts add-iam-policy-binding 123456789-compute@developer\\.gserviceaccount\\.com ' +
          `--project=my-project ${member} --role=roles/iam\\.serviceAccountUser$`,
      ),
    );
  });

  it('leaves placeholders for the project and account it does not know', () => {
    const text = explainDenied('run', 'services.setIamPolicy', 403, "Permission 'run.services.setIamPolicy' denied");

    expect(text).toMatch(/gcloud projects add-iam-policy-binding PROJECT_ID --member=serviceAccount:SERVICE_ACCOUNT_EMAIL --role=roles\/run\.admin$/);
  });

  it('says to enable an API that is disabled rather than to grant a role', () => {
    const apiMessage =
      'Cloud Functions API has not been used in project 123 before or it is disabled. Enable it by visiting ' +
      'https://console.developers.google.com/apis/api/cloudfunctions.googleapis.com/overview?project=123 then retry.';
    const text = explainDenied('cloudfunctions', 'functions.get', 403, apiMessage, who);

    expect(text).toMatch(/Enable the API: gcloud services enable cloudfunctions\.googleapis\.com --project=my-project$/);
    expect(text).not.toContain('add-iam-policy-binding');
  });

  it('names a permission it has no role for, and admits when it cannot tell', () => {
    const named = explainDenied('storage', 'buckets.get', 403, "Permission 'storage.buckets.get' denied on resource.", who);
    const unknown = explainDenied('storage', 'buckets.get', 403, 'Forbidden', who);

    expect(named).toMatch(/The service account needs storage\.buckets\.get: grant it a predefined role that includes it\.$/);
    expect(unknown).toBe(
      'Cloud Storage buckets.get was denied (403): Forbidden. The service account lacks a permission this call needs; ' +
        'grant it a role that includes it.',
    );
  });

  it('explains 401 as credentials that are invalid, expired or revoked', () => {
    const text = explainDenied('cloudfunctions', 'functions.get', 401, 'Request had invalid authentication credentials.\n', who);

    expect(text).toMatch(/^Cloud Functions functions\.get was rejected \(401\): Request had invalid authentication credentials\. The credentials are invalid, expired or revoked: /);
    expect(text).toContain("check that the key in 'credentials' still exists");
    expect(text).toContain('google-github-actions/auth ran earlier in this job');
    expect(text).not.toContain('\n');
  });

  it('passes other statuses through with the API and method', () => {
    expect(explainDenied('run', 'services.setIamPolicy', 409, '')).toBe('Cloud Run services.setIamPolicy failed (409): no message.');
  });
});
