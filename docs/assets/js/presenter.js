/* Presenter's tools on a learning page (templates/pages/_presenter.md.j2): "In trang"
   opens the print dialog (the page prints on one A4 sheet, see print.css); "Chép bài phát
   thanh" copies the loudspeaker script, paragraph by paragraph, for a message or a
   document. Works from file:// and offline; no request made. */
(function () {
  "use strict";

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

  function scriptText(block) {
    return Array.prototype.map.call(block.querySelectorAll("p"), function (p) {
      return p.textContent.replace(/\s+/g, " ").trim();
    }).filter(Boolean).join("\n\n");
  }

  function init() {
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

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
