/* Self-check quiz on the learning pages. The markup (templates/pages/_quiz.md.j2) works
   without JavaScript: each answer waits in a closed <details>. Here the answer keys are
   hidden and a "Kiểm tra" button per question answers in its aria-live region, with the
   explanation and the source number; the score ("Đúng 2/3 câu") follows each check and
   "Làm lại từ đầu" clears answers, feedback and score. Works from file:// and offline; no
   request made. */
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

  function init() {
    document.querySelectorAll("form[data-quiz]:not([data-ready])").forEach(function (form) {
      form.setAttribute("data-ready", "");
      form.addEventListener("submit", function (event) { event.preventDefault(); });
      form.querySelectorAll(".quiz-question").forEach(setup);
      var summary = form.querySelector(".quiz-summary");
      if (summary) {
        summary.hidden = false;
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
