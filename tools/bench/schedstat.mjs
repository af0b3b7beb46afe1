// CPU time of processes' main threads from Linux's /proc/<pid>/task/<pid>/schedstat (nanoseconds
// on the CPU), for the page measurements (tools/measure-pages.mjs, tools/measure-collect.mjs).
// A process gone meanwhile counts 0.
import fs from "node:fs";

/** @param {number[]} pids @returns {number} nanoseconds the main threads of `pids` have run */
export const cpuNs = (pids) => pids.reduce((sum, pid) => {
  try {
    return sum + Number(fs.readFileSync(`/proc/${pid}/task/${pid}/schedstat`, "utf8").split(" ")[0]);
  } catch {
    return sum;
  }
}, 0);
