// Keeps a link honest after a page wrote its view into the URL (layouts/url_state.py).
// A page's own dcc.Location(refresh=False) pushes the address without telling the Dash Pages
// router, so the router still holds the address it last rendered. A dcc.Link back to exactly
// that address (the "Dữ liệu" tab after filtering, a breakdown tab after selecting a point)
// would change the URL and leave the filtered view on screen. Only for such a link, load the
// address in full; every other link keeps Dash's in-page navigation.
(function () {
  function here() {
    return window.location.pathname + window.location.search;
  }
  var rendered = here(); // what the router last saw
  function seen() {
    rendered = here();
  }
  window.addEventListener("_dashprivate_pushstate", seen);
  window.addEventListener("popstate", seen);
  document.addEventListener(
    "click",
    function (event) {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
        return;
      }
      var link = event.target.closest && event.target.closest("a[href]");
      if (!link || link.target || link.origin !== window.location.origin) return;
      var target = link.pathname + link.search;
      if (target === rendered && target !== here()) {
        event.preventDefault();
        event.stopPropagation();
        window.location.assign(link.href);
      }
    },
    true
  );
})();
