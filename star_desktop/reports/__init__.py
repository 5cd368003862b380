"""The tertial and annual report in the federation's shared template: periods, statistics,
targets, texts, budget and the xlsx and PDF exports. No Qt here."""
