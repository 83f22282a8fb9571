#!/usr/bin/env bash
# On a machine with an NVIDIA GPU: build llama-cpp-python's CUDA variant, check it, prove the offload, measure.
#
#   installer/gpu/cuda_check.sh [OUT_DIR]        (run from anywhere; default OUT_DIR: ./cuda-check-<date>)
#
# 1. builds llama-cpp-python (the version pyproject.toml pins) with -DGGML_CUDA=ON -DGGML_CUDA_NCCL=OFF into its
#    own virtual environment (a system NCCL picked up at build time crashed the CUDA backend at device start:
#    llama.cpp issue 21719), and checks that `ldd` of the CUDA backend library shows no NCCL;
# 2. runs the engine's offload tests (tests/engine/test_offload.py) and the fidelity tests with every layer on
#    the GPU (PULSE_TEST_GPU_LAYERS=99);
# 3. makes a synthetic PULSE-7B bundle (random weights of the real shape: `pulse-quantize synth`, then convert to
#    Q4_K_M) and runs `pulse-desktop bench --gpu-layers 99` on it;
# 4. writes every figure to OUT_DIR (summary.txt, bench.json, tests.txt, ldd.txt, nvidia-smi.txt).
# Needs: nvidia-smi and the CUDA toolkit (nvcc on PATH or in /usr/local/cuda/bin), cmake, a C++ compiler,
# python3 >= 3.10, about 40 GB of disk for the synthetic checkpoint and bundle. Nothing in the app depends on it.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT="$(realpath -m "${1:-$PWD/cuda-check-$(date -u +%Y%m%dT%H%M%SZ)}")"
WORK="${PULSE_CUDA_WORK:-$OUT/work}"
VENV="$WORK/venv"
mkdir -p "$OUT" "$WORK"
log() { echo "[cuda_check $(date -u +%H:%M:%S)] $*" | tee -a "$OUT/summary.txt"; }

command -v nvidia-smi >/dev/null || { log "no nvidia-smi: this script is for a machine with an NVIDIA GPU"; exit 2; }
nvidia-smi > "$OUT/nvidia-smi.txt" 2>&1 || { log "nvidia-smi failed (driver?)"; exit 2; }
export PATH="$PATH:/usr/local/cuda/bin"
command -v nvcc >/dev/null || { log "no nvcc: install the CUDA toolkit"; exit 2; }
log "GPU: $(nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader | head -1)"
log "nvcc: $(nvcc --version | tail -1)"

VERSION="$(grep -o 'llama-cpp-python==[0-9.]*' "$REPO/pyproject.toml" | cut -d= -f3)"
python3 -m venv "$VENV"
"$VENV/bin/pip" install -q --upgrade pip
"$VENV/bin/pip" install -q -e "$REPO[test]"
log "building llama-cpp-python $VERSION with CUDA (NCCL off)"
start=$(date +%s)
CMAKE_ARGS="-DGGML_CUDA=ON -DGGML_CUDA_NCCL=OFF -DCMAKE_CUDA_ARCHITECTURES=native" \
    "$VENV/bin/pip" install --no-cache-dir --force-reinstall --no-deps "llama-cpp-python==$VERSION" \
    > "$OUT/build.log" 2>&1 || { log "build failed: see build.log"; exit 1; }
log "built in $(( $(date +%s) - start )) s"

SITE="$("$VENV/bin/python" -c 'import llama_cpp, pathlib; print(pathlib.Path(llama_cpp.__file__).parent.parent)')"
CUDA_LIB="$(find "$SITE" -name 'libggml-cuda*.so*' | head -1)"
[ -n "$CUDA_LIB" ] || { log "no libggml-cuda library in the build"; exit 1; }
ldd "$CUDA_LIB" > "$OUT/ldd.txt"
if grep -qi nccl "$OUT/ldd.txt"; then log "FAIL: $CUDA_LIB links NCCL (ldd.txt)"; exit 1; fi
log "ldd $(basename "$CUDA_LIB"): no NCCL"

cd "$REPO"
export PULSE_HOME="$WORK/pulse-home"
"$VENV/bin/pulse-desktop" selftest --json > "$OUT/selftest.json" || true
log "devices: $("$VENV/bin/python" -c 'from pulse_desktop.core.engine.llama.devices import list_devices; print("; ".join(f"{d.name} {d.description} {d.free_bytes/1e9:.1f}/{d.total_bytes/1e9:.1f} GB" for d in list_devices()))')"

log "offload and fidelity tests, every layer on the GPU"
set +e
PULSE_TEST_GPU_LAYERS=99 "$VENV/bin/python" -m pytest tests/engine -q -rs -p no:cacheprovider > "$OUT/tests.txt" 2>&1
tests_rc=$?
set -e
log "tests (rc $tests_rc): $(tail -1 "$OUT/tests.txt")"

BUNDLE="$WORK/synthetic-pulse-7b-q4km"
if [ ! -f "$BUNDLE/manifest.json" ]; then
    log "making a synthetic PULSE-7B checkpoint and converting it to Q4_K_M (random weights, NOT a clinical model)"
    "$VENV/bin/pulse-quantize" synth --shape pulse-7b "$WORK/synthetic-pulse-7b" >> "$OUT/convert.log" 2>&1
    "$VENV/bin/pulse-quantize" convert "$WORK/synthetic-pulse-7b" "$BUNDLE" --quant Q4_K_M --vision fp32 \
        >> "$OUT/convert.log" 2>&1 || { log "conversion failed: convert.log"; exit 1; }
fi
log "benchmark, every layer on the GPU"
"$VENV/bin/pulse-desktop" bench --bundle "$BUNDLE" --gpu-layers 99 --answer-tokens 256 --json \
    > "$OUT/bench.json" 2> "$OUT/bench.log"
"$VENV/bin/pulse-desktop" bench --bundle "$BUNDLE" --gpu-layers 99 --answer-tokens 64 > "$OUT/bench.txt" 2>> "$OUT/bench.log"
"$VENV/bin/python" - "$OUT/bench.json" <<'PY' | tee -a "$OUT/summary.txt"
import json, sys
r = json.load(open(sys.argv[1]))
s, d, m = r["stages"], r["decode"], r["memory"]
print(f"device {r['device']['device']} ({r['device']['backend']}), {r['device']['layers_offloaded']} of "
      f"{r['device']['n_layers']} layers")
print(f"vision {s['vision_s']:.2f} s, image prefill {s['image_prefill_s']:.2f} s ({r['image']['image_tokens']} "
      f"tokens), first token {s['time_to_first_token_s']:.2f} s, decode {s['decode_tokens_per_s']:.1f} tokens/s, "
      f"total {s['answer_total_s']:.1f} s")
print(f"peak RSS {m['peak_rss_bytes']/1e9:.2f} GB; stage peaks " + ", ".join(
    f"{k} {v/1e9:.2f}" for k, v in m['stage_peak_rss_bytes'].items()))
PY
log "done: figures in $OUT"
exit $tests_rc
