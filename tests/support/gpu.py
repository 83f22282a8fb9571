"""How many layers the engine tests offload to a GPU: 0 (CPU, as CI runs them) unless PULSE_TEST_GPU_LAYERS says.

The same fidelity tests then check a CUDA/Metal/Vulkan build of llama.cpp against the torch reference:
`PULSE_TEST_GPU_LAYERS=99 python -m pytest tests/engine`.
"""

from __future__ import annotations

import os

GPU_LAYERS = int(os.environ.get("PULSE_TEST_GPU_LAYERS", "0"))
