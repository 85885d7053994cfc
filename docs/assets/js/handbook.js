/* The handbook's one script of its own, deferred and placed before Material's bundle
   (overrides/main.html), so it runs once the page is parsed, without blocking it, and still
   before the bundle. One file, not four: each script is another request on slow mobile data.
   Four independent parts, each in its own function scope:
   1. search on demand (must run before Material's bundle),
   2. the "Chia sẻ" (share) button, 3. the self-check quiz,
   4. the web app's service worker, registered once the page is idle.
   Nothing here changes the layout on load: the share and quiz controls already have their
   place from the first paint (class "js" on <html>, docs/assets/css/handbook.css). */

/* ---- 1. Search on demand. Material starts its search worker (with lunr, about 19 KB gzip) and
   downloads the search index (about 70 KB gzip) as soon as any page loads. On slow mobile
   data that competes with the page the reader opened, and most visits never search. This
   part runs just before Material's bundle (both deferred, in order: overrides/main.html)
   and holds both back until the reader reaches for search: touching or focusing the
   search box, pressing a key that opens it, or an address that carries a query. The worker and the index request are then
   made exactly as Material asked for them, in the same order.
   Over file:// (the offline bundle) Material already waits for search to be opened, and
   no worker exists there: nothing is changed. */
(() => {
  "use strict";
  if (!/^https?:$/.test(location.protocol) || typeof Worker === "undefined") return;

  const RealWorker = window.Worker;
  const open = XMLHttpRequest.prototype.open;
  const send = XMLHttpRequest.prototype.send;
  const IS_SEARCH_WORKER = /\/workers\/search\.[^/]*\.js$/;
  const IS_SEARCH_INDEX = /\/search\/search_index\.json$/;
  const held = [];
  let started = false;

  function start() {
    if (started) return;
    started = true;
    held.splice(0).forEach((run) => run());
  }

  function whenStarted(run) {
    if (started) run();
    else held.push(run);
  }

  // Stands in for the search worker until search starts, then passes everything through.
  class HeldWorker extends EventTarget {
    constructor(url, options) {
      super();
      this.worker = null;
      this.queue = [];
      whenStarted(() => {
        this.worker = new RealWorker(url, options);
        for (const type of ["message", "messageerror", "error"]) {
          this.worker.addEventListener(type, (event) => this.dispatchEvent(copy(event)));
        }
        this.queue.splice(0).forEach((args) => this.worker.postMessage(...args));
      });
    }

    postMessage(...args) {
      if (this.worker) this.worker.postMessage(...args);
      else this.queue.push(args);
    }

    terminate() {
      if (this.worker) this.worker.terminate();
      this.queue = [];
    }
  }

  function copy(event) {
    return event.type === "error" ? new ErrorEvent("error", { message: event.message })
      : new MessageEvent(event.type, { data: event.data });
  }

  const path = (url) => new URL(String(url), location.href).pathname;

  window.Worker = function Worker(url, options) {
    return IS_SEARCH_WORKER.test(path(url)) ? new HeldWorker(url, options) : new RealWorker(url, options);
  };
  window.Worker.prototype = RealWorker.prototype;

  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    this.heldUntilSearch = IS_SEARCH_INDEX.test(path(url));
    return open.call(this, method, url, ...rest);
  };
  XMLHttpRequest.prototype.send = function (...args) {
    if (this.heldUntilSearch) whenStarted(() => send.apply(this, args));
    else send.apply(this, args);
  };

  // What starts search: the search box or its button touched or focused, the search toggle
  // switched on (Material does that for its keyboard shortcuts and for ?q= addresses), a
  // shortcut key pressed, or an address that already carries a query.
  const inSearch = (target) => target instanceof Element
    && target.closest('.md-search, label[for="__search"]') !== null;
  document.addEventListener("pointerdown", (event) => inSearch(event.target) && start(),
    { capture: true, passive: true });
  document.addEventListener("focusin", (event) => inSearch(event.target) && start());
  document.addEventListener("keydown", (event) => ["/", "f", "s", "F", "S"].includes(event.key) && start(),
    { capture: true });
  const toggle = document.getElementById("__search");
  if (toggle) toggle.addEventListener("change", () => toggle.checked && start());
  if (new URLSearchParams(location.search).has("q")) start();
})();

/* ---- 2. "Chia sẻ" buttons (resolution and learning pages). Uses the Web Share API where the
   browser has it, so phones offer Zalo, Facebook, Messenger...; elsewhere copies the
   page's public address. Offline copies (file://) share the public address too, taken
   from <link rel="canonical">. No framework, no request to any host. */
(function () {
  "use strict";

  function pageUrl() {
    var canonical = document.querySelector('link[rel="canonical"]');
    return canonical && /^https?:/.test(canonical.href) ? canonical.href : location.href;
  }

  function description() {
    var meta = document.querySelector('meta[name="description"]');
    return meta ? meta.content : "";
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      var copied = false;
      try { copied = document.execCommand("copy"); } catch (err) { copied = false; }
      document.body.removeChild(area);
      if (copied) { resolve(); } else { reject(new Error("copy failed")); }
    });
  }

  function fallback(status, url) {
    copyText(url).then(function () {
      status.textContent = "Đã chép đường dẫn. Dán vào Zalo, Facebook hay tin nhắn để gửi.";
    }, function () {
      status.textContent = "Chép đường dẫn này để gửi: " + url;
    });
  }

  function share(status) {
    var data = { title: document.title, text: description(), url: pageUrl() };
    status.textContent = "";
    if (navigator.share && (!navigator.canShare || navigator.canShare(data))) {
      navigator.share(data).catch(function (err) {
        if (!err || err.name !== "AbortError") { fallback(status, data.url); }
      });
    } else {
      fallback(status, data.url);
    }
  }

  function init() {
    document.querySelectorAll("[data-share-box]:not([data-ready])").forEach(function (box) {
      var status = box.querySelector(".share-status");
      box.setAttribute("data-ready", "");
      box.hidden = false;
      box.querySelector("[data-share]").addEventListener("click", function () { share(status); });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();

/* ---- 3. Self-check quiz on the learning pages. The markup (templates/pages/_quiz.md.j2) works
   without JavaScript: each answer waits in a closed <details>. Here the answer keys are
   hidden and a "Kiểm tra" button per question answers in its aria-live region, with the
   explanation and the source number. Works from file:// and offline; no request made. */
(function () {
  "use strict";

  function text(root, selector) {
    var node = root.querySelector(selector);
    return node ? node.textContent.replace(/\s+/g, " ").trim() : "";
  }

  function check(question, key, feedback) {
    var chosen = question.querySelector("input[type=radio]:checked");
    question.classList.remove("quiz-right", "quiz-wrong");
    if (!chosen) {
      feedback.textContent = "Bạn chưa chọn phương án nào.";
      return;
    }
    var right = chosen.value === question.getAttribute("data-answer");
    question.classList.add(right ? "quiz-right" : "quiz-wrong");
    feedback.textContent = (right ? "Đúng. " : "Chưa đúng. Đáp án đúng: " + text(key, ".quiz-answer") + ". ") +
      text(key, ".quiz-explain") + " " + text(key, ".quiz-source");
  }

  function setup(question) {
    var button = question.querySelector(".quiz-check");
    var key = question.querySelector(".quiz-key");
    var feedback = question.querySelector(".quiz-feedback");
    if (!button || !key || !feedback) { return; }
    key.hidden = true;
    button.hidden = false;
    button.addEventListener("click", function () { check(question, key, feedback); });
  }

  function init() {
    document.querySelectorAll("form[data-quiz]:not([data-ready])").forEach(function (form) {
      form.setAttribute("data-ready", "");
      form.addEventListener("submit", function (event) { event.preventDefault(); });
      form.querySelectorAll(".quiz-question").forEach(setup);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();

/* ---- 4. Progressive web app, page side: registers the service worker (sw.js, generated after each
   build by hooks/nqhandbook/pwa.py) once the page has loaded and is idle, and, on the first
   visit, shows that the handbook is being kept for offline use, then that it is ready.
   Only over http(s) and only where overrides/partials/head-pwa.html wrote its settings
   (address of sw.js, texts) into <script id="__pwa" type="application/json">: never in the
   file:// bundle. */
(() => {
  "use strict";
  const settings = document.getElementById("__pwa");
  if (!settings || !("serviceWorker" in navigator) || !/^https?:$/.test(location.protocol)) return;
  const text = JSON.parse(settings.textContent);
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
