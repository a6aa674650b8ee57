// "The same day" needs no amount: the amount and its unit are off while it is ticked.
(function () {
  var same = document.getElementById('sameDay1');
  if (!same) { return; }
  function sync() {
    ['amount', 'unit'].forEach(function (id) { document.getElementById(id).disabled = same.checked; });
  }
  same.addEventListener('change', sync);
  sync();
})();
