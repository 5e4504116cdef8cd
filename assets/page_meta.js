// Copies the rendered page's language and title (#page-root lang / data-title, set per request
// by layouts/shell.py) to <html lang> and the tab title. Dash Pages sets one static title per
// page after rendering, so this re-applies ours whenever the page or the title changes.
(function () {
  function apply() {
    var root = document.getElementById("page-root");
    if (!root) return;
    var lang = root.getAttribute("lang");
    if (lang && document.documentElement.lang !== lang) document.documentElement.lang = lang;
    var title = root.getAttribute("data-title");
    if (title && document.title !== title) document.title = title;
  }
  new MutationObserver(apply).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ["lang", "data-title"],
  });
  apply();
})();
