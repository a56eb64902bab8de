// Words marked from the glossary (glossary/marking.py): a link to the glossary entry,
// described by its definition. This shows the definition under the line when the word
// gets keyboard focus or is tapped; Escape or a tap elsewhere hides it. Enter still
// follows the link. Without this file the link and its description still work.
(function () {
  "use strict";
  var marks = document.querySelectorAll(".glossary-mark");
  if (!marks.length) return;

  function setOpen(mark, open) {
    mark.classList.toggle("is-open", open);
    mark.querySelector(".glossary-term").setAttribute("aria-expanded", open ? "true" : "false");
  }

  function closeAll(except) {
    Array.prototype.forEach.call(document.querySelectorAll(".glossary-mark.is-open"), function (mark) {
      if (mark !== except) setOpen(mark, false);
    });
  }

  Array.prototype.forEach.call(marks, function (mark) {
    var term = mark.querySelector(".glossary-term");
    if (!term) return;
    mark.classList.add("glossary-ready");
    term.setAttribute("aria-expanded", "false");
    term.addEventListener("focus", function () {
      // Keyboard focus only: a tap focuses the link too, and the click decides.
      if (term.matches(":focus-visible")) {
        closeAll(mark);
        setOpen(mark, true);
      }
    });
    term.addEventListener("blur", function (event) {
      if (!mark.contains(event.relatedTarget)) setOpen(mark, false);
    });
    term.addEventListener("click", function (event) {
      if (event.detail === 0) return; // Enter on the link: go to the glossary
      event.preventDefault();
      var open = !mark.classList.contains("is-open");
      closeAll(mark);
      setOpen(mark, open);
    });
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") closeAll(null);
  });
  document.addEventListener("click", function (event) {
    if (!event.target.closest || !event.target.closest(".glossary-mark")) closeAll(null);
  });
})();
