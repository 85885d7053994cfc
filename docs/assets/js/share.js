/* "Chia sẻ" buttons (resolution and learning pages). Uses the Web Share API where the
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

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
