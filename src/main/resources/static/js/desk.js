// Picking a resident from the search fills who they are and, when they have one unit, where.
document.addEventListener('click', function (e) {
  var b = e.target.closest('.who-pick');
  if (!b) { return; }
  document.getElementById('partyId').value = b.dataset.party;
  document.getElementById('callerName').value = b.dataset.name;
  if (b.dataset.unit) { document.getElementById('unitLabel').value = b.dataset.unit; }
  document.getElementById('who-results').innerHTML = '';
});
