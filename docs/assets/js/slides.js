// Presentation view (trinh-chieu/<slug>/): one slide at a time, arrow keys, tap and
// swipe, full screen. Without this script every slide is shown one under the other.
(function () {
  "use strict";
  var slides = Array.prototype.slice.call(document.querySelectorAll(".slide"));
  var controls = document.querySelector(".deck-controls");
  var count = document.querySelector(".deck-count");
  var deck = document.getElementById("deck");
  if (!slides.length || !controls) return;
  var current = 0;
  document.documentElement.classList.add("js");
  controls.hidden = false;

  function fromHash() {
    var match = /^#trang-(\d+)$/.exec(location.hash);
    var n = match ? parseInt(match[1], 10) - 1 : 0;
    return Math.min(Math.max(n, 0), slides.length - 1);
  }
  function show(n) {
    current = Math.min(Math.max(n, 0), slides.length - 1);
    slides.forEach(function (slide, i) { slide.hidden = i !== current; });
    count.textContent = (current + 1) + "/" + slides.length;
    if (history.replaceState) history.replaceState(null, "", "#trang-" + (current + 1));
  }
  function barHeight() {
    var bar = document.querySelector(".deck-bar");
    document.documentElement.style.setProperty("--bar", bar.offsetHeight + "px");
  }
  function fullScreen() {
    var root = document.documentElement;
    if (document.fullscreenElement) { document.exitFullscreen(); return; }
    if (root.requestFullscreen) root.requestFullscreen().catch(function () {});
  }
  controls.addEventListener("click", function (event) {
    var go = event.target.getAttribute("data-go");
    if (go === "prev") show(current - 1);
    if (go === "next") show(current + 1);
    if (go === "full") fullScreen();
  });
  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    var key = event.key;
    if (key === "ArrowRight" || key === "PageDown" || key === " " || key === "ArrowDown") show(current + 1);
    else if (key === "ArrowLeft" || key === "PageUp" || key === "ArrowUp") show(current - 1);
    else if (key === "Home") show(0);
    else if (key === "End") show(slides.length - 1);
    else if (key === "f" || key === "F") fullScreen();
    else return;
    event.preventDefault();
  });
  // Tap: right two thirds forward, left third back. Swipe left or right.
  var startX = null, startY = null;
  deck.addEventListener("pointerdown", function (event) { startX = event.clientX; startY = event.clientY; });
  deck.addEventListener("pointerup", function (event) {
    if (startX === null || event.target.closest("a")) { startX = null; return; }
    var dx = event.clientX - startX, dy = event.clientY - startY;
    startX = null;
    if (Math.abs(dx) > 40 && Math.abs(dx) > Math.abs(dy)) show(current + (dx < 0 ? 1 : -1));
    else if (Math.abs(dx) < 10 && Math.abs(dy) < 10) show(current + (event.clientX < window.innerWidth / 3 ? -1 : 1));
  });
  window.addEventListener("hashchange", function () { show(fromHash()); });
  window.addEventListener("resize", barHeight);
  barHeight();
  show(fromHash());
}());
