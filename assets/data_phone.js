// The data page's grid on a phone (layouts/pages/data.py): the columns a reader scans first
// (indicator, scope, period end, value) fill the screen and nothing scrolls sideways; every
// other column is still in the downloads. Wider screens keep all columns, the name pinned.
window.dash_clientside = Object.assign({}, window.dash_clientside, {
  kpi_data: {
    choose_phone_columns: function () {
      var noUpdate = window.dash_clientside.no_update;
      if (window.innerWidth > 640 || !window.dash_ag_grid) return noUpdate;
      window.dash_ag_grid.getApiAsync("data-grid").then(function (api) {
        var keep = ["indicator_name", "breakdown", "period_end", "value"];
        var hide = api.getColumns().map(function (c) { return c.getColId(); })
          .filter(function (id) { return keep.indexOf(id) < 0; });
        api.setColumnsVisible(hide, false);
        // widths for 360 px of grid with the phone's narrow padding (assets/style.css)
        api.applyColumnState({
          state: [
            { colId: "indicator_name", pinned: null, width: 120 },
            { colId: "breakdown", width: 72 },
            { colId: "period_end", width: 76 },
            { colId: "value", width: 92 },
          ],
        });
        api.setGridOption("headerHeight", 44);
        api.setGridOption("rowHeight", 104); // a long name wraps to six lines at 120 px
        api.purgeInfiniteCache(); // fixed-height rows take a new height only when reloaded
        api.sizeColumnsToFit();
        // refit once the reloaded rows are in: a vertical scrollbar may take a few pixels
        api.addEventListener("modelUpdated", function () { api.sizeColumnsToFit(); });
      });
      return noUpdate;
    },
  },
});
