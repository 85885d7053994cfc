/* Citation markers ([3] after a sentence, class "cite"). A tap opens a small popover with
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
