// The suites both browsers run, in this order (chromium.mjs and firefox.mjs run them between their own
// browser's checks); each is timed and a suite that throws is one failed check (common.mjs timedSuite).
import { timedSuite } from "./common.mjs";
import { runScenarios } from "./scenarios.mjs";
import { runReminders } from "./reminders.mjs";
import { runTour } from "./tour.mjs";
import { runImpersonation } from "./impersonation.mjs";
import { runPopupReport } from "./popup-report.mjs";
import { runPassword } from "./password.mjs";
import { runEvasion } from "./evasion.mjs";
import { runCopies } from "./copies.mjs";
import { runVisual } from "./visual.mjs";
import { runFramed, runSpa } from "./spa.mjs";
import { runHostile } from "./hostile.mjs";
import { runWaysOut } from "./ways-out.mjs";
import { runCodeBoxes } from "./code-boxes.mjs";

/**
 * Runs every shared suite in the browser adapter `b` (chromium.mjs / firefox.mjs); returns what the
 * Scenarios suite returned (its probe page, the site it trusted), undefined when it threw.
 */
export async function runSuites(b, srv, { screenshots }) {
  const name = b.name;
  await timedSuite(name, "Tour", () => runTour(b));
  const s = await timedSuite(name, "Scenarios", () => runScenarios(b, srv, { screenshots }));
  await timedSuite(name, "Reminders", () => runReminders(b, srv, { probe: s.probe, screenshots }));
  await timedSuite(name, "Impersonation", () => runImpersonation(b, srv, { screenshots }));
  await timedSuite(name, "PopupReport", () => runPopupReport(b, srv));
  await timedSuite(name, "Password", () => runPassword(b, srv));
  await timedSuite(name, "CodeBoxes", () => runCodeBoxes(b, srv));
  await timedSuite(name, "Evasion", () => runEvasion(b, srv, { wired: true }));
  await timedSuite(name, "Copies", () => runCopies(b, srv, { wired: true }));
  await timedSuite(name, "Visual", () => runVisual(b, srv, { wired: true }));
  await timedSuite(name, "Spa", () => runSpa(b));
  await timedSuite(name, "Framed", () => runFramed(b));
  await timedSuite(name, "Hostile", () => runHostile(b, srv, s));
  await timedSuite(name, "WaysOut", () => runWaysOut(b, srv));
  return s;
}
