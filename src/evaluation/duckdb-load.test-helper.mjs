// Loads checked events into the tables docs/evaluation.sql reads, through CSV files in `dir`. A warehouse
// loads them its own way; only the valid events go in, as the JavaScript counts only those.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isEvaluationEvent, notRecorded } from './index.js';

const csv = (value) => (value === null || value === undefined ? '' : `"${String(value).replaceAll('"', '""')}"`);
const write = (file, header, rows) => writeFileSync(file, `${header}\n${rows.map((row) => row.map(csv).join(',')).join('\n')}\n`);

/**
 * Replaces the five input tables with the valid events among `lines`.
 * @param {import('@duckdb/node-api').DuckDBConnection} connection
 */
export async function loadEvents(connection, dir, lines, dimensions) {
  const events = [];
  const topics = [];
  const services = [];
  const given = [];
  for (const line of lines) {
    let value = JSON.parse(line);
    let dims;
    if ('payload' in value) [value, dims] = [value.payload, value.dimensions];
    if (!isEvaluationEvent(value)) continue;
    const id = events.length;
    const done = value.outcome === 'completed' && 'nation' in value;
    events.push([id, value.month, value.outcome, done ? value.nation : null, done ? value.language : null, done ? value.durationBand : null,
      done ? value.counts.actions : null, done ? value.counts.reviewItems : null, done ? value.reviewDateSet : null, done ? value.safetyOpened : null]);
    if (done) {
      for (const t of value.topics) topics.push([id, t]);
      for (const s of value.serviceCategories) services.push([id, s]);
    }
    for (const [name, v] of Object.entries(dims ?? {})) given.push([id, name, v]);
  }
  const declared = Object.entries(dimensions).flatMap(([name, d]) => [...d.values, notRecorded].map((v) => [name, v]));
  write(join(dir, 'events.csv'), 'event_id,month,outcome,nation,language,duration_band,actions,review_items,review_date_set,safety_opened', events);
  write(join(dir, 'topics.csv'), 'event_id,topic', topics);
  write(join(dir, 'services.csv'), 'event_id,category', services);
  write(join(dir, 'dims.csv'), 'event_id,dimension,value', given);
  write(join(dir, 'values.csv'), 'dimension,value', declared);
  await connection.run(`
    CREATE OR REPLACE TABLE wcg_events (event_id BIGINT, month VARCHAR, outcome VARCHAR, nation VARCHAR, language VARCHAR,
      duration_band VARCHAR, actions INTEGER, review_items INTEGER, review_date_set BOOLEAN, safety_opened BOOLEAN);
    CREATE OR REPLACE TABLE wcg_event_topics (event_id BIGINT, topic VARCHAR);
    CREATE OR REPLACE TABLE wcg_event_services (event_id BIGINT, category VARCHAR);
    CREATE OR REPLACE TABLE wcg_event_dimensions (event_id BIGINT, dimension VARCHAR, value VARCHAR);
    CREATE OR REPLACE TABLE wcg_dimension_values (dimension VARCHAR, value VARCHAR);
    COPY wcg_events FROM '${join(dir, 'events.csv')}' (HEADER);
    COPY wcg_event_topics FROM '${join(dir, 'topics.csv')}' (HEADER);
    COPY wcg_event_services FROM '${join(dir, 'services.csv')}' (HEADER);
    COPY wcg_event_dimensions FROM '${join(dir, 'dims.csv')}' (HEADER);
    COPY wcg_dimension_values FROM '${join(dir, 'values.csv')}' (HEADER);
  `);
}
