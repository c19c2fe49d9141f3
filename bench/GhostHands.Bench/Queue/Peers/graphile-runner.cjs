// Drives Graphile Worker for script/bench peers: the same no-op jobs, on the same PostgreSQL cluster, measured the way
// the GhostHands figures are. Prints one JSON line on stdout.
//   node graphile-runner.cjs migrate CONNECTION
//   node graphile-runner.cjs drain CONNECTION JOBS CONCURRENCY     (the backlog is already inserted)
//   node graphile-runner.cjs latency CONNECTION JOBS RATE CONCURRENCY     (after 50 jobs of warm-up)
"use strict";
const { run, runMigrations } = require("graphile-worker");
const { Pool, types } = require("pg");
const { performance } = require("perf_hooks");

const [mode, connectionString, ...rest] = process.argv.slice(2);
const wallMs = () => performance.timeOrigin + performance.now();
// JavaScript dates keep whole milliseconds: node-postgres truncates a timestamptz's microseconds, which would make
// locked_at read up to 1 ms early (0.5 ms on average) against a submit time taken to the microsecond. The same Date
// reaches Graphile Worker; the exact time rides along beside it for the latency figure alone.
const parseTimestamptz = types.getTypeParser(types.builtins.TIMESTAMPTZ, "text");
types.setTypeParser(types.builtins.TIMESTAMPTZ, (text) => {
  const date = parseTimestamptz(text);
  const fraction = / \d{2}:\d{2}:\d{2}(\.\d+)/.exec(text);
  if (date instanceof Date && fraction) {
    date.exactMs = date.getTime() - date.getUTCMilliseconds() + 1000 * Number(fraction[1]);
  }
  return date;
});
const exactMs = (date) => date.exactMs ?? date.getTime();
// Errors only, on stderr: the benchmark reads stdout.
const logFactory = () => (level, message) => {
  if (level === "error") {
    console.error(message);
  }
};
const options = (concurrency, taskList) => ({
  connectionString,
  concurrency,
  taskList,
  noHandleSignals: true,
  // Its documented defaults otherwise (pollInterval 2 s, LISTEN for new jobs): the configuration it ships with.
  logger: new (require("graphile-worker").Logger)(logFactory),
});

async function drain(jobs, concurrency) {
  let done = 0;
  let last = 0;
  let finish;
  const finished = new Promise((resolve) => (finish = resolve));
  const started = wallMs();
  const runner = await run(options(concurrency, {
    noop: async () => {
      if (++done === jobs) {
        finish();
      }
    },
  }));
  runner.events.on("job:complete", () => {
    last = wallMs();
  });
  await finished;
  // The last completion is written back after the task returns; wait for the write, as GhostHands' figure does.
  while (last === 0 || (await remaining()) > 0) {
    await new Promise((r) => setTimeout(r, 20));
  }
  const end = wallMs();
  await runner.stop();
  return { jobs, concurrency, seconds: (end - started) / 1000 };
}

async function remaining() {
  const pool = remaining.pool ??= new Pool({ connectionString, max: 1 });
  const { rows } = await pool.query("SELECT count(*)::int AS n FROM graphile_worker.jobs");
  return rows[0].n;
}

async function latency(jobs, rate, concurrency) {
  let phase;
  const runner = await run(options(concurrency, {
    noop: async (payload, helpers) => phase.started(payload.i, exactMs(helpers.job.locked_at)),
  }));
  const submitter = new Pool({ connectionString, max: 16 });
  await submitSteadily(submitter, (phase = new Phase(50)), rate);
  const result = await submitSteadily(submitter, (phase = new Phase(jobs)), rate);
  await runner.stop();
  await submitter.end();
  return { jobs, rate, concurrency, ...result };
}

class Phase {
  constructor(jobs) {
    this.jobs = jobs;
    this.submitted = new Array(jobs);
    this.locked = new Array(jobs);
    this.handled = new Array(jobs);
    this.done = 0;
    this.finished = new Promise((resolve) => (this.finish = resolve));
  }

  started(i, lockedAt) {
    this.handled[i] = wallMs();
    this.locked[i] = lockedAt;
    if (++this.done === this.jobs) {
      this.finish();
    }
  }
}

async function submitSteadily(submitter, phase, rate) {
  const { jobs, submitted, locked, handled } = phase;
  const period = 1000 / rate;
  const begin = performance.now();
  const sends = [];
  for (let i = 0; i < jobs; i++) {
    const wait = begin + i * period - performance.now();
    if (wait > 0) {
      await new Promise((r) => setTimeout(r, wait));
    }
    submitted[i] = wallMs();
    sends.push(submitter.query("SELECT graphile_worker.add_job('noop', json_build_object('i', $1::int))", [i]));
  }
  await Promise.all(sends);
  await phase.finished;
  return {
    // locked_at is the get_job transaction's now(): the moment the claiming statement began, as GhostHands'
    // started_at is (migration 021), to the microsecond.
    submit_to_locked_ms: submitted.map((s, i) => locked[i] - s),
    submit_to_handler_ms: submitted.map((s, i) => handled[i] - s),
  };
}

async function main() {
  let result;
  if (mode === "migrate") {
    await runMigrations({ connectionString, logger: options(1, {}).logger });
    result = { migrated: true };
  } else if (mode === "drain") {
    result = await drain(Number(rest[0]), Number(rest[1]));
  } else if (mode === "latency") {
    result = await latency(Number(rest[0]), Number(rest[1]), Number(rest[2]));
  } else {
    throw new Error(`unknown mode ${mode}`);
  }
  await remaining.pool?.end();
  process.stdout.write(JSON.stringify(result) + "\n");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
