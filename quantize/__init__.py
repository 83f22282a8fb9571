"""pulse-quantize: PULSE-7B checkpoint -> model bundle (GGUF language model + ONNX vision), without torch."""

__version__ = "0.1.0"
