/* Draws each chart of the page from the Vega-Lite spec embedded beside it (vendored vega-embed). */
"use strict";
document.querySelectorAll(".chart[data-spec]").forEach(function (element) {
  var spec = JSON.parse(document.getElementById(element.dataset.spec).textContent);
  if (typeof vegaEmbed !== "function") {
    element.textContent = "The chart library did not load (static/vendor/ is missing).";
    return;
  }
  vegaEmbed(element, spec, {actions: false, renderer: "svg"}).catch(function (error) {
    element.textContent = "The chart could not be drawn: " + error;
  });
});
