// The font check (font_coverage.js) in Firefox, driven by Puppeteer over WebDriver BiDi
// (npm puppeteer-core; Debian's firefox-esr, nothing downloaded: PUPPETEER_SKIP_DOWNLOAD).
// Usage: node scripts/quality/firefox_fonts.mjs JOBS_JSON
//   JOBS_JSON: [{"url": ..., "selector": ..., "family": optional font-family to set first}]
// Prints one JSON line: [{url, selector, result: {stack, used, missing} or null}].
// FIREFOX names the browser (default /usr/bin/firefox-esr).
import { readFile } from "node:fs/promises";
import puppeteer from "puppeteer-core";

const jobs = JSON.parse(process.argv[2]);
const check = (await readFile(new URL("./font_coverage.js", import.meta.url), "utf8")).trim().replace(/;$/, "");
const browser = await puppeteer.launch({
  browser: "firefox",
  executablePath: process.env.FIREFOX || "/usr/bin/firefox-esr",
  headless: true,
  // No update checks, telemetry or remote settings: the tests make no request but the site's.
  extraPrefsFirefox: { "app.update.enabled": false, "datareporting.policy.dataSubmissionEnabled": false,
    "toolkit.telemetry.enabled": false, "services.settings.server": "http://127.0.0.1:9/" },
});
try {
  const page = await browser.newPage();
  const results = [];
  for (const job of jobs) {
    await page.goto(job.url, { waitUntil: "load" });
    if (job.family) {
      await page.evaluate((selector, family) => {
        document.querySelector(selector).style.fontFamily = family;
      }, job.selector, job.family);
    }
    results.push({ ...job, result: await page.evaluate(`(${check})(${JSON.stringify(job.selector)})`) });
  }
  process.stdout.write(JSON.stringify(results) + "\n");
} finally {
  await browser.close();
}
