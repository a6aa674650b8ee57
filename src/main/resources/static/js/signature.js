// A signature pad: the resident draws with a finger or the mouse; the drawing is sent as a PNG data URL.
document.addEventListener('DOMContentLoaded', function () {
  var canvas = document.getElementById('signature-pad');
  if (!canvas) { return; }
  var input = document.getElementById('signature');
  var ctx = canvas.getContext('2d');
  var drawing = false, drawn = false;
  function size() { canvas.width = canvas.clientWidth || 300; ctx.lineWidth = 2; ctx.lineCap = 'round'; }
  function point(e) { var r = canvas.getBoundingClientRect(); return { x: e.clientX - r.left, y: e.clientY - r.top }; }
  canvas.addEventListener('pointerdown', function (e) { drawing = true; var p = point(e); ctx.beginPath(); ctx.moveTo(p.x, p.y); });
  canvas.addEventListener('pointermove', function (e) { if (!drawing) { return; } var p = point(e); ctx.lineTo(p.x, p.y); ctx.stroke(); drawn = true; });
  ['pointerup', 'pointerleave'].forEach(function (t) { canvas.addEventListener(t, function () { drawing = false; }); });
  document.getElementById('signature-clear').addEventListener('click', function () { size(); drawn = false; });
  canvas.closest('form').addEventListener('submit', function () { input.value = drawn ? canvas.toDataURL('image/png') : ''; });
  document.querySelectorAll('[data-bs-target="#step-SIGN"]').forEach(function (b) { b.addEventListener('click', function () { setTimeout(size, 350); }); });
  size();
});
