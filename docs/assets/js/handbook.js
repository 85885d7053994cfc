/* The handbook's one script of its own, deferred and placed before Material's bundle
   (overrides/main.html), so it runs once the page is parsed, without blocking it, and still
   before the bundle. One file, not four: each script is another request on slow mobile data.
   Six independent parts, each in its own function scope:
   1. search on demand (must run before Material's bundle),
   2. the "Chia sẻ" (share) button, the presenter's print and copy buttons and the kit's
      "Sao chép bài đăng",
   3. the self-check quiz, 4. the web app's service worker, registered once the page is
   idle, 5. citation popovers, 6. the drawer closed after a tap on a section link.
   Nothing here changes the layout on load: the share and quiz controls already have their
   place from the first paint (class "js" on <html>, docs/assets/css/handbook.css). */

/* ---- 1. Search on demand. Material starts its search worker (with lunr, about 19 KB gzip) and
   downloads the search index (about 75 KB gzip) as soon as any page loads. On slow mobile
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
      var copied;
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

  /* The presenter's tools on a learning page (templates/pages/_presenter.md.j2): "In trang"
     opens the print dialog (one A4 sheet, the print rules in handbook.css); "Chép bài phát
     thanh" copies the loudspeaker script, paragraph by paragraph, with the same copyText. */
  function scriptText(block) {
    return Array.prototype.map.call(block.querySelectorAll("p"), function (p) {
      return p.textContent.replace(/\s+/g, " ").trim();
    }).filter(Boolean).join("\n\n");
  }

  function initPresenter() {
    document.querySelectorAll("button[data-print]:not([data-ready])").forEach(function (button) {
      button.setAttribute("data-ready", "");
      button.hidden = false;
      button.addEventListener("click", function () { window.print(); });
    });
    document.querySelectorAll("[data-presenter-tools]:not([data-ready])").forEach(function (tools) {
      var status = tools.querySelector(".presenter-status");
      var copy = tools.querySelector("[data-copy]");
      var block = copy && document.getElementById(copy.getAttribute("data-copy"));
      tools.setAttribute("data-ready", "");
      if (!block) { return; }
      tools.hidden = false;
      copy.addEventListener("click", function () {
        status.textContent = "";
        copyText(scriptText(block)).then(function () {
          status.textContent = "Đã chép bài phát thanh.";
        }, function () {
          status.textContent = "Không chép được; hãy chọn bài bên dưới và chép.";
        });
      });
    });
  }

  /* "Sao chép bài đăng" on the kit pages (templates/kit/kit_page.md.j2): copies the
     ready-made post; when the browser refuses, the post is selected for the reader to copy. */
  function initKitPosts() {
    document.querySelectorAll("[data-kit-post]:not([data-ready])").forEach(function (box) {
      var area = box.querySelector("textarea");
      var button = box.querySelector("[data-kit-copy]");
      var status = box.querySelector("[data-kit-status]");
      box.setAttribute("data-ready", "");
      if (!area || !button || !status) { return; }
      button.addEventListener("click", function () {
        copyText(area.value).then(function () {
          status.textContent = "Đã chép bài đăng. Dán vào Zalo hoặc Facebook.";
        }, function () {
          area.select();
          status.textContent = "Chưa chép được: bài đã được chọn, hãy bấm giữ và chọn Sao chép.";
        });
      });
    });
  }

  function initAll() {
    init();
    initPresenter();
    initKitPosts();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", initAll);
  } else {
    initAll();
  }
})();

/* ---- 3. Self-check quiz on the learning pages. The markup (templates/pages/_quiz.md.j2) works
   without JavaScript: each answer waits in a closed <details>. Here the answer keys are
   hidden and a "Kiểm tra" button per question answers in its aria-live region, with the
   explanation and the source number; the score ("Đúng 2/3 câu") follows each check and
   "Làm lại từ đầu" clears answers, feedback and score. Submitting the form ("Kiểm tra tất
   cả các câu", or Enter on a chosen answer) checks every question. Works from file:// and
   offline; no request made. */
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
    score(question.closest("form"));
    feedback.textContent = (right ? "Đúng. " : "Chưa đúng. Đáp án đúng: " + text(key, ".quiz-answer") + ". ") +
      text(key, ".quiz-explain") + " " + text(key, ".quiz-source");
  }

  function score(form) {
    var summary = form.querySelector(".quiz-summary");
    if (!summary) { return; }
    var total = form.querySelectorAll(".quiz-question").length;
    var right = form.querySelectorAll(".quiz-right").length;
    var done = right + form.querySelectorAll(".quiz-wrong").length;
    form.querySelector(".quiz-score").textContent = done === total
      ? "Kết quả: đúng " + right + "/" + total + " câu."
      : "Đã trả lời " + done + "/" + total + " câu, đúng " + right + " câu.";
  }

  function reset(form) {
    form.querySelectorAll(".quiz-question").forEach(function (question) {
      question.classList.remove("quiz-right", "quiz-wrong");
      var feedback = question.querySelector(".quiz-feedback");
      if (feedback) { feedback.textContent = ""; }
    });
    score(form);
    var first = form.querySelector("input[type=radio]");
    if (first) { first.focus(); }
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

  function checkAll(form) {
    form.querySelectorAll(".quiz-question").forEach(function (question) {
      var key = question.querySelector(".quiz-key");
      var feedback = question.querySelector(".quiz-feedback");
      if (key && feedback) { check(question, key, feedback); }
    });
  }

  function init() {
    document.querySelectorAll("form[data-quiz]:not([data-ready])").forEach(function (form) {
      form.setAttribute("data-ready", "");
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        checkAll(form);
      });
      form.querySelectorAll(".quiz-question").forEach(setup);
      var summary = form.querySelector(".quiz-summary");
      if (summary) {
        summary.hidden = false;
        summary.querySelectorAll("button[type=submit]").forEach(function (submit) { submit.disabled = false; });
        score(form);
        // After the browser has cleared the radio buttons.
        form.addEventListener("reset", function () { setTimeout(function () { reset(form); }, 0); });
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();

/* ---- 4. Progressive web app, page side: registers the service worker (sw.js, generated after each
   build by hooks/nqhandbook/site/service_worker.py) once the page has loaded and is idle.
   On the first visit a notice says the handbook is being kept for offline use, then that
   it is ready; it has a "Đóng" button, stays closed once closed (localStorage) and leaves
   room under the page so it covers no line. With Save-Data on, the worker is registered as
   sw.js?save-data and keeps only the open page; the notice offers the rest as a button,
   with its size. The buttons beside print PDFs (already in the page) save that file on
   request; once the worker runs they show its size and whether it is saved.
   Only over http(s) and only where overrides/partials/head-pwa.html wrote its settings
   (address of sw.js, texts) into <script id="__pwa" type="application/json">: never in the
   file:// bundle. */
(() => {
  "use strict";
  const settings = document.getElementById("__pwa");
  if (!settings || !("serviceWorker" in navigator) || !/^https?:$/.test(location.protocol)) return;
  const text = JSON.parse(settings.textContent);
  const container = navigator.serviceWorker;
  const saveData = Boolean(navigator.connection && navigator.connection.saveData);
  const CLOSED = "nqhandbook-offline-notice";
  let watching = !container.controller;  // progress is shown on a first visit or when asked for
  let asked = false;
  let notice = null;

  function remembered() {
    try { return localStorage.getItem(CLOSED) === "closed"; } catch (error) { return false; }
  }

  // Bytes as readers say them, with a decimal comma: 85 KB, 1,2 MB.
  function size(bytes) {
    return bytes < 1048576 ? Math.max(1, Math.round(bytes / 1024)) + " KB"
      : (bytes / 1048576).toFixed(1).replace(".", ",") + " MB";
  }

  // kind: "saving" or "offer" (both stay), "done" or "failed" (both go after 10 s);
  // action: [label, run] for a button in the notice.
  function show(message, kind, action) {
    if (remembered() && !asked) return;
    if (!notice) {
      notice = document.createElement("div");
      notice.className = "pwa-notice";
      notice.innerHTML = '<p class="pwa-notice__text" role="status"></p><p class="pwa-notice__actions">'
        + '<button type="button" class="pwa-notice__action" hidden></button>'
        + '<button type="button" class="pwa-notice__close"></button></p>';
      const close = notice.querySelector(".pwa-notice__close");
      close.textContent = text.close;
      close.setAttribute("aria-label", text.close_name);
      close.addEventListener("click", () => {
        try { localStorage.setItem(CLOSED, "closed"); } catch (error) { /* closed for this page only */ }
        hide();
      });
      document.body.appendChild(notice);
    }
    notice.querySelector(".pwa-notice__text").textContent = message;
    const button = notice.querySelector(".pwa-notice__action");
    button.hidden = !action;
    if (action) {
      button.textContent = action[0];
      button.onclick = action[1];
    }
    notice.classList.toggle("pwa-notice--done", kind === "done");
    notice.classList.toggle("pwa-notice--failed", kind === "failed");
    // Room under the page, so that its last line can be scrolled above the notice.
    document.body.style.paddingBottom = Math.ceil(innerHeight - notice.getBoundingClientRect().top) + 8 + "px";
    if (kind === "done" || kind === "failed") setTimeout(hide, 10000);
  }

  function hide() {
    if (notice) notice.remove();
    notice = null;
    document.body.style.paddingBottom = "";
  }

  // A question to the active worker, answered on a port of its own.
  function ask(worker, message) {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = (event) => resolve(event.data || {});
      worker.postMessage(message, [channel.port2]);
    });
  }

  container.addEventListener("message", (event) => {
    const data = event.data || {};
    if (watching && data.type === "precache-progress" && data.done < data.total) {
      show(text.saving.replace("{done}", data.done).replace("{total}", data.total), "saving");
    }
    if (watching && data.type === "precache-failed") show(text.failed, "failed");
  });
  // The worker takes control once its install is complete (it may be before register()
  // answers, when every file was already at hand). Progress messages still on their way
  // after that are stale.
  container.addEventListener("controllerchange", () => {
    if (!watching || saveData) return;
    watching = false;
    show(text.ready, "done");
  });
  container.startMessages();

  // Save-Data: the rest of the handbook only when the reader asks for it, in the notice and
  // on the download page (button data-save-handbook), which stays when the notice is closed.
  function saveHandbook(worker) {
    watching = true;
    asked = true;  // the progress shows even if the notice was closed before
    show(text.saving.replace("{done}", 0).replace("{total}", "…"), "saving");
    ask(worker, { type: "precache" }).then((reply) => {
      watching = false;
      if (reply.done) {
        show(text.ready, "done");
        document.querySelectorAll("button[data-save-handbook]").forEach((button) => { button.hidden = true; });
      }
    });
  }

  function offer(worker, bytes) {
    const label = text.offer_button.replace("{size}", size(bytes));
    if (saveData) show(text.offer, "offer", [label, () => saveHandbook(worker)]);
    document.querySelectorAll("button[data-save-handbook]").forEach((button) => {
      button.textContent = label;
      button.hidden = false;
      button.onclick = () => saveHandbook(worker);
    });
  }

  // The buttons beside print PDFs (templates/pages/_save_offline.md.j2): the file's size once
  // the worker answers, then "saving" and "saved".
  const buttons = Array.from(document.querySelectorAll("button[data-save-offline]"));
  const address = (button) => new URL(button.getAttribute("data-save-offline"), location.href).href;
  const label = (button, message) => { button.querySelector(".save-offline__label").textContent = message; };

  function saved(button) {
    label(button, text.file_saved);
    button.disabled = true;
    button.classList.add("save-offline--saved");
  }

  buttons.forEach((button) => button.addEventListener("click", () => {
    button.disabled = true;
    label(button, text.file_saving);
    container.ready.then((registration) => ask(registration.active, { type: "save", url: address(button) }))
      .then((reply) => {
        if (reply.saved) return saved(button);
        button.disabled = false;
        label(button, text.file_failed);
      });
  }));

  function whenReady(registration) {
    const worker = registration.active;
    if (!worker) return;
    ask(worker, { type: "status", urls: buttons.map(address) }).then((status) => {
      const files = new Map((status.files || []).map((file) => [file.url, file]));
      buttons.forEach((button) => {
        const file = files.get(address(button));
        const line = button.querySelector(".save-offline__size");
        if (!file) {  // not in this deployment (no print PDFs built): said on the size's line
          line.textContent = text.file_missing;
          button.disabled = true;
          return;
        }
        line.textContent = "(" + size(file.bytes) + ")";
        if (file.saved) saved(button);
      });
      if (!status.complete && status.bytes) offer(worker, status.bytes);
    });
  }

  // Registered once the page is loaded and the main thread is idle: installing the worker
  // downloads the handbook's pages, and that must not compete with the page being read.
  function whenIdle(run) {
    const idle = () => (window.requestIdleCallback ? requestIdleCallback(run, { timeout: 4000 })
      : setTimeout(run, 1000));
    if (document.readyState === "complete") idle();
    else window.addEventListener("load", idle, { once: true });
  }

  whenIdle(() => {
    const script = new URL(text.sw, location.href);
    if (saveData) script.search = "?save-data";
    container.register(script, { updateViaCache: "none" }).then((registration) => {
      const worker = registration.installing || registration.waiting;
      if (watching && worker) {
        worker.addEventListener("statechange", () => {
          // The failure notice stays; a half-shown progress goes.
          if (worker.state === "redundant" && notice && !notice.classList.contains("pwa-notice--failed")) hide();
        });
      }
    }).catch(() => {
      // Offline, the update check fails and the worker already there still runs; with no
      // worker at all (a browser that refuses one) the buttons could not save anything.
      hide();
      container.getRegistration().then((registration) => registration
        || buttons.forEach((button) => button.classList.add("save-offline--none")));
    });
    container.ready.then(whenReady);
  });
})();

/* ---- 5. Citation markers ([3] after a sentence, class "cite"). A tap opens a small popover with
   the source (title, publisher, date; on a resolution page the whole entry of its source
   list, with the link to the original) instead of jumping away. From the popover, or from
   a marker opened in a new way, the reader can go to the source list; the entry there then
   shows "↩ quay lại", which returns to the marker. Without JavaScript the markers are plain
   links with a title. Works from file:// and offline; no request made. */
(function () {
  "use strict";

  var pop = null;
  var opener = null;
  var count = 0;

  function markerId(marker) {
    if (!marker.id) {
      count += 1;
      marker.id = "trich-" + count;
    }
    return marker.id;
  }

  function localEntry(marker) {
    var href = marker.getAttribute("href") || "";
    if (href.charAt(0) !== "#") { return null; }
    return document.getElementById(href.slice(1));
  }

  function showBack(marker) {
    var entry = localEntry(marker);
    var back = entry && entry.querySelector(".cite-back");
    if (!back) { return; }
    back.setAttribute("href", "#" + markerId(marker));
    back.hidden = false;
  }

  function close(returnFocus) {
    if (!pop) { return; }
    pop.remove();
    pop = null;
    if (opener) {
      opener.setAttribute("aria-expanded", "false");
      if (returnFocus) { opener.focus(); }
    }
    opener = null;
  }

  function place(marker) {
    var box = marker.getBoundingClientRect();
    var width = document.documentElement.clientWidth;
    pop.style.maxWidth = Math.min(width - 16, 480) + "px";
    var left = Math.max(8, Math.min(box.left + window.scrollX, window.scrollX + width - pop.offsetWidth - 8));
    pop.style.left = left + "px";
    pop.style.top = (box.bottom + window.scrollY + 6) + "px";
  }

  function open(marker) {
    close(false);
    opener = marker;
    markerId(marker);
    var number = marker.textContent.replace(/[^0-9]/g, "");
    pop = document.createElement("div");
    pop.className = "cite-pop md-typeset";
    pop.setAttribute("role", "dialog");
    pop.setAttribute("aria-label", "Nguồn [" + number + "]");
    var head = document.createElement("p");
    head.className = "cite-pop__head";
    head.textContent = "Nguồn [" + number + "]";
    pop.appendChild(head);
    var body = document.createElement("p");
    var entry = localEntry(marker);
    if (entry) {
      Array.prototype.forEach.call(entry.childNodes, function (node) {
        if (!(node.classList && node.classList.contains("cite-back"))) { body.appendChild(node.cloneNode(true)); }
      });
    } else {
      body.textContent = marker.getAttribute("title") || "";
    }
    pop.appendChild(body);
    var actions = document.createElement("p");
    actions.className = "cite-pop__actions";
    var more = document.createElement("a");
    more.href = marker.getAttribute("href");
    more.textContent = entry ? "Xem trong danh sách nguồn" : "Mở trang đầy đủ ở nguồn này";
    more.addEventListener("click", function () { showBack(marker); close(false); });
    var shut = document.createElement("button");
    shut.type = "button";
    shut.className = "cite-pop__close";
    shut.textContent = "Đóng";
    shut.addEventListener("click", function () { close(true); });
    actions.appendChild(more);
    actions.appendChild(shut);
    pop.appendChild(actions);
    document.body.appendChild(pop);
    marker.setAttribute("aria-expanded", "true");
    place(marker);
    if (pop.getBoundingClientRect().bottom > window.innerHeight) { pop.scrollIntoView({ block: "nearest" }); }
    shut.focus({ preventScroll: true });
  }

  document.addEventListener("click", function (event) {
    var marker = event.target.closest && event.target.closest("a.cite");
    if (marker) {
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
        showBack(marker);
        return;
      }
      event.preventDefault();
      if (marker === opener) { close(true); } else { open(marker); }
      return;
    }
    if (pop && !pop.contains(event.target)) { close(false); }
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && pop) { close(true); }
  });

  window.addEventListener("resize", function () { if (pop && opener) { place(opener); } });

  function init() {
    document.querySelectorAll("a.cite:not([aria-haspopup])").forEach(function (marker) {
      marker.setAttribute("aria-haspopup", "dialog");
      marker.setAttribute("aria-expanded", "false");
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
  // Material's instant navigation swaps the page without a new load.
  if (window.document$ && window.document$.subscribe) { window.document$.subscribe(init); }
})();

/* ---- 6. Section links in the drawer (overrides/partials/drawer-sections.html). Material
   closes its drawer when the address's #target changes, but looks the target up by the
   fragment as the address spells it, percent-encoded ("#nhi%E1%BB%87m-v%E1%BB%A5"), which
   never matches a Vietnamese heading id: the page scrolled to the tapped section behind a
   drawer that stayed open. Here a tap on any in-page link of the drawer closes it. */
(function () {
  "use strict";

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest(".md-sidebar--primary a[href^='#']");
    var drawer = document.getElementById("__drawer");
    if (link && drawer && drawer.checked) {
      drawer.checked = false;
      drawer.dispatchEvent(new Event("change"));
    }
  });
})();
