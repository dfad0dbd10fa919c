// Preloaded into the server (NODE_OPTIONS=--require, `npm run bench:http -- --cpu-prof`):
// Node refuses --cpu-prof in NODE_OPTIONS, so the profiler is started through the
// in-process inspector and the profile written when the process exits (Next exits on
// SIGTERM). One file per process: the launcher's is small, Next's server the large one.
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS preload, run by Node as it is */
const inspector = require("node:inspector");
const fs = require("node:fs");
const path = require("node:path");

const dir = process.env.ALLIES_CPU_PROFILE_DIR;
if (dir) {
  const session = new inspector.Session();
  session.connect();
  session.post("Profiler.enable");
  session.post("Profiler.start");
  process.once("exit", () => {
    // The in-process session answers synchronously, so this completes before the exit.
    session.post("Profiler.stop", (error, result) => {
      if (error) return;
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, `${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}
