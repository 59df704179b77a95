// The real izdeu-indexer and izdeu-searchd for browser tests: an index of the shipped sample plus
// test articles, and a daemon on 127.0.0.1 at a free port (read from its "listening on" line).
"use strict";
const { spawn, spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const SOURCE_DIR = path.resolve(__dirname, "../../..");
const BUILD_DIR = process.env.IZDEU_BUILD_DIR || path.join(SOURCE_DIR, "build");
const INDEXER = path.join(BUILD_DIR, "indexer/izdeu-indexer");
const SEARCHD = path.join(BUILD_DIR, "searchd/izdeu-searchd");

// Builds an index of corpus/sample and tests/web/fixtures/*.jsonl; returns its folder.
function buildIndex() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "izdeu-web-db-"));
  const db = path.join(dir, "db");
  const fixtures = path.join(__dirname, "../fixtures");
  const inputs = [path.join(SOURCE_DIR, "corpus/sample"),
                  ...fs.readdirSync(fixtures).filter((f) => f.endsWith(".jsonl")).map((f) => path.join(fixtures, f))];
  const run = spawnSync(INDEXER, ["--quiet", "--threads", "1", "--db", db, ...inputs], { encoding: "utf8" });
  if (run.status !== 0) throw new Error("izdeu-indexer failed: " + run.stderr);
  return { db, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

function searchdHelp() {
  const run = spawnSync(SEARCHD, ["--help"], { encoding: "utf8" });
  return run.stdout || "";
}

// Starts izdeu-searchd on `db` with extra arguments; resolves to {url, port, stop()}.
function startSearchd(db, extraArgs = []) {
  return new Promise((resolve, reject) => {
    const child = spawn(SEARCHD, ["--db", db, "--port", "0", "--threads", "1", ...extraArgs],
                        { stdio: ["ignore", "pipe", "pipe"] });
    let out = "", err = "";
    const timer = setTimeout(() => { child.kill("SIGKILL"); reject(new Error("searchd did not start: " + err)); }, 30000);
    child.stderr.on("data", (d) => { err += d; });
    child.stdout.on("data", (d) => {
      out += d;
      const m = /listening on (http:\/\/127\.0\.0\.1:(\d+))\//.exec(out);
      if (!m) return;
      clearTimeout(timer);
      const stop = () => new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once("exit", () => done());
        child.kill("SIGTERM");
      });
      resolve({ url: m[1], port: Number(m[2]), stop });
    });
    child.on("exit", (code) => { clearTimeout(timer); reject(new Error(`searchd exited (${code}): ${err}`)); });
  });
}

module.exports = { buildIndex, startSearchd, searchdHelp, INDEXER, SEARCHD, SOURCE_DIR };
