// Event markers on the dyad chart open their evidence below the chart without
// scrolling away from it. Without JavaScript the markers are plain #anchors and
// CSS :target shows the same card.
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  const markers = document.querySelectorAll("svg.timeline .marker");
  function show(id) {
    document.querySelectorAll(".evidence-card.shown").forEach((card) => card.classList.remove("shown"));
    markers.forEach((marker) => marker.classList.toggle("selected", marker.dataset.event === id));
    const card = document.getElementById("event-" + id);
    if (card) card.classList.add("shown");
  }
  markers.forEach((marker) => {
    marker.addEventListener("click", (click) => {
      click.preventDefault();
      show(marker.dataset.event);
      history.replaceState(null, "", "#event-" + marker.dataset.event);
    });
  });
  if (location.hash.startsWith("#event-")) show(location.hash.slice("#event-".length));
})();
