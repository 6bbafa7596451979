// Preloaded into the API process by the bench's explain phase (never while measuring): times
// every statement pg's Client sends, grouped by text, and on SIGUSR2 writes the groups to
// BENCH_SQL_TRACE_FILE and starts afresh, so each scenario's statements are told apart.
const { writeFileSync } = require('node:fs');
const { Client } = require('pg');

const file = process.env.BENCH_SQL_TRACE_FILE;
let entries = new Map();

function record(text, values, ms) {
  const entry = entries.get(text) ?? { text, calls: 0, totalMs: 0, maxMs: -1, slowestValues: [] };
  entry.calls += 1;
  entry.totalMs += ms;
  if (ms > entry.maxMs) {
    entry.maxMs = ms;
    entry.slowestValues = Array.isArray(values) ? values : [];
  }
  entries.set(text, entry);
}

const query = Client.prototype.query;
Client.prototype.query = function tracedQuery(...args) {
  const [config, values, callback] = args;
  const text = typeof config === 'string' ? config : config?.text;
  const params = Array.isArray(values) ? values : config?.values;
  const started = performance.now();
  const done = () => text && record(text, params, performance.now() - started);
  if (typeof callback === 'function' || typeof values === 'function') {
    const cb = typeof callback === 'function' ? callback : values;
    const wrapped = (...args) => {
      done();
      return cb(...args);
    };
    return typeof callback === 'function'
      ? query.call(this, config, values, wrapped)
      : query.call(this, config, wrapped);
  }
  const result = query.apply(this, args);
  if (result && typeof result.then === 'function') result.then(done, done);
  return result;
};

process.on('SIGUSR2', () => {
  writeFileSync(file, JSON.stringify({ at: Date.now(), entries: [...entries.values()] }));
  entries = new Map();
});
