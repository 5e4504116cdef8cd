"""The chart's mark on the point the address selects (`obs=`): drawn in the browser from the
figure the page already holds, so a click (which writes `obs=`) moves it without a request."""

from __future__ import annotations

# (search, figure) -> figure with one ring (trace uid 'selected-point') on the point whose id is the address's obs, or no
# update. The shown breakdown's points carry [id, …] as customdata, the others the bare id.
MARK_SELECTED_POINT = """
function(search, fig) {
    var none = window.dash_clientside.no_update;
    if (!fig || !fig.data) { return none; }
    var obs = new URLSearchParams(search || '').get('obs') || '';
    var data = fig.data.filter(function (t) { return t.uid !== 'selected-point'; });
    var mark = null;
    for (var i = 0; obs && i < data.length && !mark; i++) {
        var cd = data[i].customdata || [];
        for (var j = 0; j < cd.length; j++) {
            var id = Array.isArray(cd[j]) ? cd[j][0] : cd[j];
            if (id === obs) { mark = {x: [data[i].x[j]], y: [data[i].y[j]]}; break; }
        }
    }
    if (!mark && data.length === fig.data.length) { return none; }
    if (mark) {
        data.push({type: 'scatter', uid: 'selected-point', x: mark.x, y: mark.y, mode: 'markers',
                   showlegend: false, hoverinfo: 'skip',
                   marker: {size: 24, symbol: 'circle-open', color: '#b42318',
                            line: {width: 3, color: '#b42318'}}});
    }
    return Object.assign({}, fig, {data: data});
}
"""
