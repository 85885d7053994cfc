/* Progressive web app, page side: registers the service worker (sw.js, generated after each
   build by hooks/nqhandbook/pwa.py) once the page has loaded and is idle, and, on the first
   visit, shows that the handbook is being kept for offline use, then that it is ready.
   Only over http(s): never in the file:// bundle. Texts come from the script tag's data
   attributes (overrides/partials/head-pwa.html). */
(() => {
  "use strict";
  const script = document.currentScript;
  if (!script || !("serviceWorker" in navigator) || !/^https?:$/.test(location.protocol)) return;
  const text = script.dataset;
  const container = navigator.serviceWorker;
  const firstVisit = !container.controller;
  let notice = null;

  // kind: "saving" (stays), "done" or "failed" (both go after 10 s).
  function show(message, kind) {
    if (!notice) {
      notice = document.createElement("div");
      notice.className = "pwa-notice";
      notice.setAttribute("role", "status");
      document.body.appendChild(notice);
    }
    notice.textContent = message;
    notice.classList.toggle("pwa-notice--done", kind === "done");
    notice.classList.toggle("pwa-notice--failed", kind === "failed");
    if (kind !== "saving") setTimeout(hide, 10000);
  }

  function hide() {
    if (notice) notice.remove();
    notice = null;
  }

  container.addEventListener("message", (event) => {
    const data = event.data || {};
    if (firstVisit && data.type === "precache-progress" && data.done < data.total) {
      show(text.saving.replace("{done}", data.done).replace("{total}", data.total), "saving");
    }
    if (firstVisit && data.type === "precache-failed") show(text.failed, "failed");
  });
  container.startMessages();

  // Registered once the page is loaded and the main thread is idle: installing the worker
  // downloads the whole handbook, and that must not compete with the page being read.
  function whenIdle(run) {
    const idle = () => (window.requestIdleCallback ? requestIdleCallback(run, { timeout: 4000 })
      : setTimeout(run, 1000));
    if (document.readyState === "complete") idle();
    else window.addEventListener("load", idle, { once: true });
  }

  whenIdle(() => {
    container.register(new URL(text.sw, location.href), { updateViaCache: "none" }).then((registration) => {
      const worker = registration.installing || registration.waiting;
      if (!firstVisit || !worker) return;
      worker.addEventListener("statechange", () => {
        if (worker.state === "activated") show(text.ready, "done");
        // The failure notice stays; a half-shown progress goes.
        if (worker.state === "redundant" && notice && !notice.classList.contains("pwa-notice--failed")) hide();
      });
    }).catch(hide);
  });
})();
