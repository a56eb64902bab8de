// The plain-language score under a guide's body in the admin form, kept current as the
// editor types (articles/admin/readability.py scores the text; README: Plain language).
//
// CKEditor writes its text into the body's textarea on every change of its data
// (django_ckeditor_5/app.js), but fires no event there: the script listens to the
// editor itself, which django-ckeditor-5 lists in window.editors once it is ready. It
// is surely ready when the form first gets the focus from it (nobody types before),
// so the script looks there, and never waits on a timer for it.
(function () {
  "use strict";

  // After the last keystroke: long enough not to post on every letter.
  const PAUSE_MS = 500;

  function element(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function summary(score) {
    if (score.grade === null) return "No text to score yet.";
    const smog = score.smog === null ? "SMOG: needs 3 sentences" : `SMOG grade ${score.smog}`;
    const verdict = score.above_target
      ? `Above the target of grade ${score.target}: simpler words and shorter sentences help.`
      : `At or below the target of grade ${score.target}.`;
    return `Reading grade ${score.grade} (Flesch-Kincaid); ${smog}; ` +
      `${score.words} words in ${score.sentences} sentences. ${verdict}`;
  }

  function details(score) {
    const part = element("div", undefined, "readability-details");
    if (score.longest_sentences.length) {
      part.append(element("h3", "Longest sentences"));
      const list = element("ol");
      for (const sentence of score.longest_sentences) {
        const item = element("li");
        item.append(element("strong", `${sentence.words} words: `), sentence.text);
        list.append(item);
      }
      part.append(list);
    }
    if (score.hard_words.length) {
      part.append(element("h3", "Words readers may not know"));
      const list = element("ul", undefined, "readability-words");
      for (const hard of score.hard_words) {
        list.append(element("li", hard.count > 1 ? `${hard.word} (${hard.count}×)` : hard.word));
      }
      part.append(list);
    }
    return part;
  }

  function show(panel, status, score) {
    status.textContent = summary(score);
    panel.classList.toggle("above-target", score.above_target);
    panel.querySelector(".readability-details")?.remove();
    panel.append(details(score));
  }

  document.addEventListener("DOMContentLoaded", () => {
    const panel = document.getElementById("readability");
    const source = panel && document.getElementById(panel.dataset.source);
    if (!source) return; // a read-only form: no text to follow
    const status = panel.querySelector("[role=status]");
    const token = source.form.querySelector("input[name=csrfmiddlewaretoken]").value;
    let timer = null;
    let inFlight = null;
    let followed = false;

    function score() {
      inFlight?.abort(); // an older text's answer must not arrive last
      inFlight = new AbortController();
      fetch(panel.dataset.url, {
        method: "POST",
        headers: { "X-CSRFToken": token },
        body: new URLSearchParams({ text: source.value }),
        credentials: "same-origin",
        signal: inFlight.signal,
      })
        .then((response) => response.json().then((data) => [response.ok, data]))
        .then(([ok, data]) => {
          if (ok) show(panel, status, data);
          else status.textContent = data.error;
        })
        .catch((error) => {
          if (error.name !== "AbortError") {
            status.textContent = "The score could not be updated; it is kept when you save.";
          }
        });
    }

    function scoreSoon() {
      clearTimeout(timer);
      timer = setTimeout(score, PAUSE_MS);
    }

    source.form.addEventListener("focusin", () => {
      const editor = window.editors && window.editors[source.id];
      if (followed || !editor) return;
      followed = true;
      editor.model.document.on("change:data", scoreSoon);
    });
    source.addEventListener("input", scoreSoon); // the textarea itself, without CKEditor
    score();
  });
})();
