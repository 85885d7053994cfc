/* Which font a browser draws an element's text with, and whether that font has every
   Vietnamese letter. One function expression, evaluated in Chromium (Playwright) and in
   Firefox (Puppeteer over WebDriver BiDi, scripts/quality/firefox_fonts.mjs) alike.

   Browsers do not tell a page which font they used, so this measures:
   - the first family of the element's font-family list that the browser resolves to an
     installed font (itself or the font the system substitutes for it, as Firefox on Linux
     draws Helvetica with Nimbus Sans): text in "F, monospace" and in "F, serif" is as wide as
     in the bare fallback when F resolves to nothing;
   - which Vietnamese letters that font lacks: a letter the font has is drawn by it whatever
     comes after it in the list, so it is as wide in "F, monospace" as in "F, serif"; a letter
     it lacks falls back to two different fonts and the widths differ.
   Returns {stack, used, missing}: the list, the family used (null: none resolved) and the
   letters missing from it. */
(function (selector) {
  "use strict";
  var GENERIC = ["serif", "sans-serif", "monospace", "cursive", "fantasy", "system-ui", "math",
    "ui-serif", "ui-sans-serif", "ui-monospace", "ui-rounded", "emoji"];
  var LATIN = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789";
  // Every Vietnamese letter outside basic Latin, lower and upper case, precomposed (NFC).
  var VOWELS = "aăâeêioôơuưy";
  var TONES = ["\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];
  var letters = ["đ", "Đ"];
  VOWELS.split("").forEach(function (vowel) {
    if (vowel !== vowel.normalize("NFD")) { letters.push(vowel, vowel.toUpperCase()); }
    TONES.forEach(function (tone) {
      var letter = (vowel + tone).normalize("NFC");
      letters.push(letter, letter.toUpperCase());
    });
  });

  var element = document.querySelector(selector);
  if (!element) { return null; }
  var style = getComputedStyle(element);
  var stack = style.fontFamily.split(",").map(function (name) {
    return name.trim().replace(/^["']|["']$/g, "");
  }).filter(Boolean);
  var canvas = document.createElement("canvas").getContext("2d");

  function width(text, family, fallback) {
    var quoted = GENERIC.indexOf(family) >= 0 ? family : "\"" + family + "\"";
    canvas.font = style.fontStyle + " " + style.fontWeight + " 64px " + (family ? quoted + ", " : "") + fallback;
    return canvas.measureText(text).width;
  }

  function resolves(family) {
    if (GENERIC.indexOf(family) >= 0) { return true; }
    return width(LATIN, family, "monospace") !== width(LATIN, null, "monospace") ||
      width(LATIN, family, "serif") !== width(LATIN, null, "serif");
  }

  var used = null;
  for (var i = 0; i < stack.length && used === null; i++) {
    if (resolves(stack[i])) { used = stack[i]; }
  }
  var missing = used === null ? letters : letters.filter(function (letter) {
    return width(letter, used, "monospace") !== width(letter, used, "serif");
  });
  return { stack: stack, used: used, missing: missing };
});
