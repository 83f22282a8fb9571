"""llama.cpp, through llama-cpp-python's low-level API: the only package of the app that imports ``llama_cpp``.

One job per module: ``backends`` registers the build's backend libraries and says what the build is,
``devices`` asks ggml which devices it sees and their free memory, ``log`` keeps llama.cpp's messages,
``params`` holds the parameter structs and the speed settings, ``handles`` owns every native handle (model,
context, batch: each freed exactly once, deterministically), and ``language_model`` is the app's model and
context. Nothing is imported here: importing the package loads no native library.
"""
