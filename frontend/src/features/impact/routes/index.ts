/*
 * The impact pages load together, on the first visit to one of them: the initial bundle then
 * names one chunk for all of them rather than one per page. Chart.js loads only with the charts.
 */
export { GraphRoute } from './graph';
export { ImpactRoute } from './impact';
export { YearReportRoute } from './year-report';
