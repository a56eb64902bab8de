"""Load and scale benchmarks (see bench/README.md)."""
