import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';

// Only what the dashboard draws: Chart.js leaves the rest out of the bundle.
Chart.register(
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  DoughnutController,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
);

/** Draws a chart; returns what removes it. Loaded on its own, so Chart.js comes only with the charts. */
export function drawChart(context: CanvasRenderingContext2D, config: ChartConfiguration) {
  const chart = new Chart(context, config);
  return () => chart.destroy();
}
