/* Search on demand. Material starts its search worker (with lunr, about 19 KB gzip) and
   downloads the search index (about 75 KB gzip) as soon as any page loads. On slow mobile
   data that competes with the page the reader opened, and most visits never search. This
   script runs just before Material's bundle (overrides/main.html) and holds both back until
   the reader reaches for search: touching or focusing the search box, pressing a key that
   opens it, or an address that carries a query. The worker and the index request are then
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
