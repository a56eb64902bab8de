// Progressive enhancement only: every page reads and works without this file.

// Announcement bar: a "Dismiss" button, remembered in this browser for this announcement.
(function () {
  "use strict";
  var bar = document.querySelector("[data-announcement]");
  if (!bar) return;
  var key = "dismissed-announcement";
  var id = bar.getAttribute("data-announcement");
  try {
    if (window.localStorage.getItem(key) === id) {
      bar.hidden = true;
      return;
    }
  } catch (error) {
    return; // storage blocked: keep the plain banner
  }
  var button = document.createElement("button");
  button.type = "button";
  button.className = "announcement-dismiss";
  button.textContent = "Dismiss";
  button.setAttribute("aria-label", "Dismiss this announcement");
  button.addEventListener("click", function () {
    try {
      window.localStorage.setItem(key, id);
    } catch (error) {
      // storage blocked: hide for this page view only
    }
    bar.hidden = true;
  });
  bar.querySelector(".announcement-inner").appendChild(button);
})();

// A link to one answer (#slug) opens that answer.
(function () {
  "use strict";
  function openTarget() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (target && target.tagName === "DETAILS") target.open = true;
  }
  openTarget();
  window.addEventListener("hashchange", openTarget);
})();

// The follow box: the pages it is on are cached, so it carries no signed timestamp of
// its own. Fetch a fresh one when the box comes into view or is used. Without one
// (no script, no network) the form still posts, and the follow page asks once more.
(function () {
  "use strict";
  if (!window.fetch) return;
  var forms = document.querySelectorAll("form[data-stamp-url]");
  Array.prototype.forEach.call(forms, function (form) {
    var field = form.querySelector('input[name="stamp"]');
    var asked = false;
    function fetchStamp() {
      if (asked || !field) return;
      asked = true;
      window
        .fetch(form.getAttribute("data-stamp-url"), { cache: "no-store" })
        .then(function (response) {
          return response.ok ? response.json() : null;
        })
        .then(function (data) {
          if (data && data.stamp) field.value = data.stamp;
          else asked = false;
        })
        .catch(function () {
          asked = false; // try again on the next focus
        });
    }
    form.addEventListener("focusin", fetchStamp);
    if ("IntersectionObserver" in window) {
      var observer = new IntersectionObserver(
        function (entries) {
          if (entries.some(function (entry) { return entry.isIntersecting; })) {
            observer.disconnect();
            fetchStamp();
          }
        },
        { rootMargin: "200px" }
      );
      observer.observe(form);
    }
  });
})();

// "Was this page helpful?": send the answer from the page and say thank you where the
// form was. Without this the form posts and a small page says thank you.
(function () {
  "use strict";
  if (!window.fetch || !window.FormData || !window.URLSearchParams) return;
  var forms = document.querySelectorAll("form[data-feedback]");
  Array.prototype.forEach.call(forms, function (form) {
    var status = form.querySelector("[data-feedback-status]");
    var button = form.querySelector('button[type="submit"]');
    function failed(message) {
      status.textContent = message || "Sorry, your answer could not be sent. Please try again.";
      button.disabled = false;
    }
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      button.disabled = true;
      status.textContent = "";
      window
        .fetch(form.action, {
          method: "POST",
          body: new URLSearchParams(new FormData(form)),
          headers: { Accept: "application/json" },
          credentials: "omit",
          cache: "no-store"
        })
        .then(function (response) {
          return response.json().then(
            function (data) { return { ok: response.ok, message: data.message }; },
            function () { return { ok: false }; }
          );
        })
        .then(function (answer) {
          if (!answer.ok) return failed(answer.message);
          var thanks = document.createElement("p");
          thanks.className = "feedback-thanks";
          thanks.setAttribute("role", "status");
          thanks.tabIndex = -1;
          thanks.textContent = answer.message;
          form.replaceWith(thanks);
          thanks.focus();
        })
        .catch(function () { failed(); });
    });
  });
})();
