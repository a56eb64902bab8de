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
