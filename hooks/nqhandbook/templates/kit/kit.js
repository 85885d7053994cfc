/* "Sao chép bài đăng" on the kit pages: copies the ready-made post. No request to any host. */
(function () {
  "use strict";
  function copy(area) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(area.value);
    }
    area.select();
    return new Promise(function (resolve, reject) {
      var ok;
      try { ok = document.execCommand("copy"); } catch (err) { ok = false; }
      if (ok) { resolve(); } else { reject(new Error("copy failed")); }
    });
  }
  document.querySelectorAll("[data-kit-post]").forEach(function (box) {
    var area = box.querySelector("textarea");
    var button = box.querySelector("[data-kit-copy]");
    var status = box.querySelector("[data-kit-status]");
    button.addEventListener("click", function () {
      copy(area).then(function () {
        status.textContent = "Đã chép bài đăng. Dán vào Zalo hoặc Facebook.";
      }, function () {
        area.select();
        status.textContent = "Chưa chép được: bài đã được chọn, hãy bấm giữ và chọn Sao chép.";
      });
    });
  });
})();
