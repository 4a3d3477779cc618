"""Pieces of the 会议精简 page: the chart (QtCharts, loaded on first show) and the 会议计划 dialog."""
