import picomatch from 'picomatch/posix.js';
import type { TableReference } from '../../clients/bigquery.js';
import { Input } from '../../constants.js';
import { dataFormatOf } from '../../formats/read.js';
import { UserError } from '../../util/errors.js';

/** Which objects of a bucket a gs:// location names. */
export type Selection =
  | { kind: 'object'; name: string }
  | { kind: 'prefix'; prefix: string }
  | { kind: 'glob'; prefix: string; pattern: string; matches: (name: string) => boolean };

/** A gs:// location: the URI as written, its bucket, and which of its objects it names. */
export interface GcsLocation {
  kind: 'gcs';
  uri: string;
  bucket: string;
  selection: Selection;
}

/** `data: bq://project.dataset.table`. */
export interface BigQueryTableLocation {
  kind: 'bigquery-table';
  uri: string;
  table: TableReference;
}

/** BigQuery data: a table, or the result of the `query` input. */
export type BigQueryLocation = BigQueryTableLocation | { kind: 'bigquery-query'; query: string };

/**
 * What the `data` and `query` inputs name, parsed once (inputs.ts): a local path (file, folder or glob), Cloud
 * Storage, or BigQuery.
 */
export type DataLocation = { kind: 'local'; path: string } | GcsLocation | BigQueryLocation;

const GCS_SCHEME = 'gs://';
const BIGQUERY_SCHEME = 'bq://';

/** `input` names the input in messages: `data`, or `score` (rows to predict, read the same way). */
export function parseDataLocation(data: string, input: Input = Input.Data): DataLocation {
  if (data.startsWith(GCS_SCHEME)) return parseGcsLocation(data, input);
  if (data.startsWith(BIGQUERY_SCHEME)) return parseBigQueryLocation(data, input);
  return { kind: 'local', path: data };
}

// BigQuery's naming rules: a project id (with an optional `domain:` prefix for older domain-scoped projects),
// a dataset of letters, digits and underscores, and a table of letters, marks, digits, connectors, dashes and
// spaces, at most 1024 characters each.
const BIGQUERY_URI = /^bq:\/\/((?:[a-z][a-z0-9.-]*[a-z0-9]:)?[a-z][a-z0-9-]{4,28}[a-z0-9])\.([A-Za-z0-9_]{1,1024})\.([\p{L}\p{M}\p{N}\p{Pc}\p{Pd} ]{1,1024})$/u;

/** bq://project.dataset.table: the whole table, read without a query. */
export function parseBigQueryLocation(uri: string, input: Input = Input.Data): BigQueryTableLocation {
  const trimmed = uri.trim();
  const match = BIGQUERY_URI.exec(trimmed);
  if (!match) {
    throw new UserError(
      `Input '${input}': '${uri}' is not a BigQuery table. Write bq://<project>.<dataset>.<table> (e.g. ` +
        'bq://my-project.sales.orders), or leave data empty and select rows with the query input.',
    );
  }
  const [, projectId = '', datasetId = '', tableId = ''] = match;
  return { kind: 'bigquery-table', uri: trimmed, table: { projectId, datasetId, tableId } };
}

/**
 * A gs:// URI: gs://bucket/prefix/ (every data object below it), gs://bucket/path/*.csv (a glob on object names) or
 * gs://bucket/object.csv; a path without a data extension is a folder written without its slash.
 */
export function parseGcsLocation(uri: string, input: Input = Input.Data): GcsLocation {
  const match = /^gs:\/\/([^/]*)(?:\/(.*))?$/s.exec(uri.trim());
  const bucket = match?.[1] ?? '';
  // Bucket names: 3 to 63 characters (up to 222 with dots) of a-z, 0-9, -, _ and ., starting and ending
  // with a letter or digit.
  if (!/^[a-z0-9][a-z0-9._-]{1,220}[a-z0-9]$/.test(bucket)) {
    throw new UserError(
      `Input '${input}': '${uri}' is not a valid Cloud Storage location. '${uri}' does not name a Cloud Storage bucket: ` +
        'write gs://<bucket>/<prefix>/, gs://<bucket>/<path>/*.csv or gs://<bucket>/<object>, with the bucket name in lower case.',
    );
  }
  return { kind: 'gcs', uri: uri.trim(), bucket, selection: selectionOf(match?.[2] ?? '') };
}

function selectionOf(objectPath: string): Selection {
  const scan = picomatch.scan(objectPath);
  if (scan.isGlob) {
    return {
      kind: 'glob',
      // List only below the glob's static part: gs://b/data/2024-*.csv lists data/.
      prefix: scan.base === '' ? '' : `${scan.base}/`,
      pattern: objectPath,
      matches: picomatch(objectPath),
    };
  }
  if (objectPath === '' || objectPath.endsWith('/')) return { kind: 'prefix', prefix: objectPath };
  if (dataFormatOf(objectPath) !== null) return { kind: 'object', name: objectPath };
  // A folder written without its trailing slash, as the local data input allows.
  return { kind: 'prefix', prefix: `${objectPath}/` };
}
