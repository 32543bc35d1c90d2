// The incident map: Leaflet with country outlines from a bundled TopoJSON, no tile server.
// Data comes from /map/points.json on this same server (the CSP allows nothing else).
(function () {
  "use strict";
  var holder = document.getElementById("map");
  if (!holder || !window.L) { return; }
  var map = L.map(holder, { worldCopyJump: true, minZoom: 2, maxZoom: 12, attributionControl: true });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Outlines: Natural Earth via world-atlas");
  map.setView([30, 20], 2);

  function fetchJson(url) {
    return fetch(url, { credentials: "same-origin" }).then(function (r) {
      if (!r.ok) { throw new Error(url + ": " + r.status); }
      return r.json();
    });
  }

  function text(tag, value, className) {
    var el = document.createElement(tag);
    el.textContent = value;  // never innerHTML: report text is hostile
    if (className) { el.className = className; }
    return el;
  }

  function popupFor(props) {
    var box = document.createElement("div");
    box.className = "map-popup";
    var h = document.createElement("h3");
    var a = text("a", props.title);
    a.href = "/incidents/" + encodeURIComponent(props.id);
    h.appendChild(a);
    box.appendChild(h);
    box.appendChild(text("div", props.date || "date unknown", "muted"));
    if (props.killed) { box.appendChild(text("div", "Killed: " + props.killed)); }
    return box;
  }

  // Country outlines sit in their own pane, under the markers whatever loads first.
  map.createPane("outlines");
  map.getPane("outlines").style.zIndex = 350;
  map.getPane("outlines").style.pointerEvents = "none";

  // Leaflet draws straight lines between points, so a ring that crosses the antimeridian (Russia,
  // Fiji) would streak across the world: its longitudes are unwrapped to stay continuous instead.
  function unwrapRing(ring) {
    var shift = 0;
    return ring.map(function (point, i) {
      if (i > 0) {
        var step = point[0] + shift - (ring[i - 1][0] + shift);
        if (step > 180) { shift -= 360; } else if (step < -180) { shift += 360; }
      }
      return [point[0] + shift, point[1]];
    });
  }

  function unwrapGeometry(geometry) {
    if (geometry.type === "Polygon") {
      geometry.coordinates = geometry.coordinates.map(unwrapRing);
    } else if (geometry.type === "MultiPolygon") {
      geometry.coordinates = geometry.coordinates.map(function (polygon) { return polygon.map(unwrapRing); });
    }
    return geometry;
  }

  var ANTARCTICA = "010";  // ISO 3166 numeric: a ring around the pole, no conflict data, drawn wrongly
  fetchJson(holder.getAttribute("data-outlines")).then(function (topo) {
    var land = topojson.feature(topo, topo.objects.countries);
    land.features = land.features.filter(function (f) { return f.id !== ANTARCTICA && f.geometry; });
    land.features.forEach(function (f) { unwrapGeometry(f.geometry); });
    L.geoJSON(land, {
      pane: "outlines", interactive: false,
      style: { color: "#7a8c9e", weight: 0.8, fillColor: "#f3efe6", fillOpacity: 1 }
    }).addTo(map);
  }).catch(function () { /* outlines are decoration: the markers still show */ });

  fetchJson(holder.getAttribute("data-points")).then(function (data) {
    var markers = [];
    // Hundreds of SVG circles slow a phone down; past that, one canvas draws them all.
    var renderer = data.features.length > 400 ? L.canvas({ padding: 0.5 }) : undefined;
    data.features.forEach(function (f) {
      var c = f.geometry.coordinates;
      var radius = 6 + Math.min(14, Math.sqrt(f.properties.killed_max || 0));
      var m = L.circleMarker([c[1], c[0]], {
        radius: radius, color: "#7a1c20", weight: 1.5, fillColor: "#d9534f", fillOpacity: 0.7,
        className: "incident-marker", renderer: renderer
      });
      m.bindPopup(popupFor(f.properties));
      m.bindTooltip(f.properties.title);
      m.addTo(map);
      markers.push(m);
    });
    holder.setAttribute("data-markers", String(markers.length));
    if (markers.length) {
      map.fitBounds(L.featureGroup(markers).getBounds().pad(0.5), { maxZoom: 5 });
    }
  }).catch(function (err) {
    holder.setAttribute("data-error", String(err));
  });
})();
