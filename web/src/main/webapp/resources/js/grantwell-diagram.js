// Draws a bid's process with bpmn-js (vendored, see web/frontend/update-bpmn-js.sh) and marks the
// steps done and the step (or steps) where the bid stands now.
(function () {
  var canvasElement = document.getElementById('bpmn-canvas');
  var xmlElement = document.getElementById('bpmn-xml');
  if (!canvasElement || !xmlElement || !window.BpmnJS) {
    return;
  }
  var viewer = new window.BpmnJS({ container: canvasElement });
  var ids = function (attribute) {
    var value = canvasElement.getAttribute(attribute) || '';
    return value ? value.split(',') : [];
  };
  // The model travels in an attribute, which the page escapes, never as raw markup in a script.
  viewer.importXML(xmlElement.getAttribute('data-xml') || '').then(function () {
    var canvas = viewer.get('canvas');
    var registry = viewer.get('elementRegistry');
    canvas.zoom('fit-viewport');
    ids('data-completed').forEach(function (id) {
      if (registry.get(id)) { canvas.addMarker(id, 'gw-done'); }
    });
    ids('data-active').forEach(function (id) {
      if (registry.get(id)) { canvas.addMarker(id, 'gw-current'); }
    });
    canvasElement.setAttribute('data-rendered', 'true');
  }).catch(function (error) {
    canvasElement.textContent = 'The diagram could not be drawn: ' + error.message;
  });
})();
