"""The speed benchmark: stage timings of the full path, the machine's matrix-multiply peak, and llama.cpp's own
multimodal path side by side (``pulse-desktop bench``; figures and analysis in docs/performance.md)."""
