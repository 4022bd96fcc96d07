// A click on an event marker of the dyad chart shows that event's evidence below the
// chart, fetched from the JSON API, without leaving the page. Without JavaScript the
// marker is a plain link to the event's own page.
(function () {
  "use strict";
  const panel = document.getElementById("evidence-panel");
  const markers = document.querySelectorAll("svg.timeline .marker");
  if (!panel) return;

  function fill(field, text) {
    panel.querySelector(`[data-field=${field}]`).textContent = text;  // text, never markup
  }

  function show(marker) {
    const id = marker.dataset.event;
    markers.forEach((other) => other.classList.toggle("selected", other === marker));
    fetch(`/api/events/${id}`)
      .then((response) => response.json())
      .then((event) => {
        fill("heading", marker.querySelector("title").textContent);
        fill("evidence", event.evidence);
        const source = [event.title || event.doc_id, event.outlet].filter(Boolean).join(" · ");
        fill("source", `${source} · ${event.n_articles} source${event.n_articles === 1 ? "" : "s"}`);
        panel.querySelector("[data-field=context]").href = `/events/${id}`;
        panel.dataset.event = id;
        panel.hidden = false;
        history.replaceState(null, "", `#event-${id}`);
      });
  }

  markers.forEach((marker) => {
    marker.addEventListener("click", (click) => {
      click.preventDefault();
      show(marker);
    });
  });
  const wanted = location.hash.match(/^#event-(\d+)$/);
  const initial = wanted && document.querySelector(`svg.timeline .marker[data-event="${wanted[1]}"]`);
  if (initial) show(initial);
})();
