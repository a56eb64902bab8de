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
