"""Model registry, sensitive-region detector, forensic heatmaps, reference comparison. No Qt."""
