// Draws the world around one country, each other country coloured by the state of
// its relations with it. Shapes and libraries are served by detente itself.
(function () {
  "use strict";
  const svg = document.getElementById("world-map");
  if (!svg) return;
  const chosen = svg.dataset.country;
  const states = JSON.parse(document.getElementById("map-states").textContent);
  const alpha3 = JSON.parse(document.getElementById("map-codes").textContent);
  const ns = "http://www.w3.org/2000/svg";

  fetch(svg.dataset.shapes)
    .then((response) => response.json())
    .then((world) => {
      // Antarctica has no embassies: leaving it out gives the rest more room.
      const features = topojson.feature(world, world.objects.countries).features
        .filter((feature) => feature.properties.name !== "Antarctica");
      const width = 960, height = 470;
      const projection = d3.geoNaturalEarth1()
        .fitExtent([[4, 4], [width - 4, height - 4]], {type: "FeatureCollection", features});
      const path = d3.geoPath(projection);
      svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
      for (const feature of features) svg.appendChild(countryShape(feature, path(feature)));
      svg.dataset.ready = "true";
    });

  function countryShape(feature, d) {
    const code = alpha3[feature.id];
    const shape = document.createElementNS(ns, "path");
    shape.setAttribute("d", d);
    const title = document.createElementNS(ns, "title");
    const state = code && states[code];
    title.textContent = feature.properties.name + (state ? ": " + state.label : "");
    shape.appendChild(title);
    if (code) shape.dataset.code = code;
    if (code === chosen) shape.classList.add("chosen");
    else if (state) shape.classList.add(state.state);
    shape.addEventListener("click", () => {
      if (!code || code === chosen) return;
      window.location = state ? `/relations/${chosen}/${code}` : `/?country=${code}`;
    });
    return shape;
  }
})();
