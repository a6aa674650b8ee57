// The cashier's running total of the ticked lines and the prepayment, and the change to give.
(function () {
  const fmt = n => (Math.round(n * 100) / 100).toFixed(2);
  function update() {
    let fen = 0;
    document.querySelectorAll('.line-check:checked').forEach(c => fen += Math.round(parseFloat(c.dataset.amount) * 100));
    const pre = Math.round((parseFloat(document.getElementById('prepayment').value) || 0) * 100);
    const due = fen + pre;
    document.getElementById('selected-total').textContent = fmt(due / 100);
    const tendered = Math.round((parseFloat(document.getElementById('tendered').value) || 0) * 100);
    document.getElementById('change-preview').textContent = tendered >= due ? fmt((tendered - due) / 100) : '-';
  }
  document.querySelectorAll('.line-check, #tendered, #prepayment').forEach(e => { e.addEventListener('change', update); e.addEventListener('input', update); });
  update();
})();
