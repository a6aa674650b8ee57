// The chart of open work orders by age; its numbers come in the page as a JSON data block.
(function () {
  var data = document.getElementById('chart-age-data');
  var element = document.getElementById('chart-age');
  if (!data || !element) { return; }
  var buckets = JSON.parse(data.textContent);
  var chart = echarts.init(element);
  chart.setOption({ tooltip: {}, grid: { left: 40, right: 10, top: 10, bottom: 30 },
    xAxis: { type: 'category', data: buckets.map(function (b) { return b.label; }) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', data: buckets.map(function (b) { return b.count; }) }] });
  window.addEventListener('resize', function () { chart.resize(); });
})();
