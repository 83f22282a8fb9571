"""The vision tower and projector as one ONNX graph, built node by node with onnx.helper (no torch).

``pixel_values [N,3,336,336] float32`` -> patch Conv -> + class/position embeddings -> pre_layrnorm ->
the encoder layers that produce ``hidden_states[mm_vision_select_layer]`` -> drop CLS -> Linear -> GELU (erf)
-> Linear -> ``image_features [N,576,hidden] float32``, N dynamic. This is LLaVA's
``CLIPVisionTower.feature_select`` followed by the ``mlp2x_gelu`` projector (spec section 3).

Precision: ``fp32``; ``fp16`` stores every weight as float16 with a Cast to float32 in front of its use
(half the file; compute stays float32, which every onnxruntime CPU kernel supports); ``int8`` is
onnxruntime's dynamic quantization of the fp32 graph's MatMul weights.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper

from pulse_desktop.core.errors import CheckpointError
from quantize.checkpoint import Checkpoint
from quantize.llava_layout import PROJECTOR_PREFIX, VISION_PREFIX, vision_layers_to_run

OPSET = 17
IR_VERSION = 9
INLINE_LIMIT = 1_800_000_000  # protobuf's 2 GB limit, with room for the graph itself
PRECISIONS = ("fp32", "fp16", "int8")
INPUT_NAME = "pixel_values"
OUTPUT_NAME = "image_features"


def _varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte, value = value & 0x7F, value >> 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


_GRAPH_FIELD = (7 << 3) | 2  # ModelProto.graph, length-delimited
_INITIALIZER_FIELD = (5 << 3) | 2  # GraphProto.initializer, length-delimited


class _GraphBuilder:
    """Nodes in memory; initializers streamed to disk as they are made, so a 1.2 GB graph is never held twice.

    Inline (the usual case): each initializer is serialized on its own into a spill file as a GraphProto
    ``initializer`` field; the final file is the model without initializers followed by a second ``graph``
    field holding them. Protocol buffers merge repeated embedded-message fields, so every reader sees one
    graph. External (over ~1.8 GB, protobuf's 2 GB limit): raw bytes go to ``<file>.data`` and each large
    initializer points at its offset there.
    """

    def __init__(self, store_fp16: bool, path: Path, external: bool) -> None:
        self.nodes: list[onnx.NodeProto] = []
        self.kept: list[onnx.TensorProto] = []  # initializers that stay in the graph message itself
        self.store_fp16 = store_fp16
        self.path = path
        self.data_file = path.with_name(path.name + ".data") if external else None
        self.spill_file = path.with_name(path.name + ".initializers.tmp")
        self._out = open(self.data_file if external else self.spill_file, "wb")
        self._count = 0

    def name(self, hint: str) -> str:
        self._count += 1
        return f"{hint}_{self._count}"

    def node(self, op: str, inputs: list[str], hint: str, **attrs: object) -> str:
        out = self.name(hint)
        self.nodes.append(helper.make_node(op, inputs, [out], name=out, **attrs))
        return out

    def const(self, values: np.ndarray, hint: str, weight: bool = True) -> str:
        """An initializer (fp16-stored weights get a Cast back to float32); returns the float32 value's name."""
        name = self.name(hint)
        as_half = weight and self.store_fp16 and values.dtype == np.float32
        array = np.ascontiguousarray(values.astype(np.float16) if as_half else values)
        tensor = TensorProto(name=name, data_type=helper.np_dtype_to_tensor_dtype(array.dtype))
        tensor.dims.extend(array.shape)
        if self.data_file is not None and array.nbytes >= 1024:
            offset = self._out.tell()
            self._out.write(array.tobytes())
            tensor.data_location = TensorProto.EXTERNAL
            for key, value in (("location", self.data_file.name), ("offset", str(offset)),
                               ("length", str(array.nbytes))):
                entry = tensor.external_data.add()
                entry.key, entry.value = key, value
            self.kept.append(tensor)
        elif self.data_file is not None:
            tensor.raw_data = array.tobytes()
            self.kept.append(tensor)
        else:
            tensor.raw_data = array.tobytes()
            record = tensor.SerializeToString()
            self._out.write(_varint(_INITIALIZER_FIELD) + _varint(len(record)))
            self._out.write(record)
        if as_half:
            return self.node("Cast", [name], hint + "_f32", to=TensorProto.FLOAT)
        return name

    def ints(self, values: list[int], hint: str) -> str:
        return self.const(np.asarray(values, dtype=np.int64), hint, weight=False)

    def write(self, model: onnx.ModelProto) -> None:
        """The model (whose graph holds ``kept``) plus the spilled initializers, as one file."""
        self._out.close()
        with open(self.path, "wb") as handle:
            handle.write(model.SerializeToString())
            if self.data_file is None:
                size = self.spill_file.stat().st_size
                handle.write(_varint(_GRAPH_FIELD) + _varint(size))
                with open(self.spill_file, "rb") as spill:
                    shutil.copyfileobj(spill, handle, 16 << 20)
        self.spill_file.unlink(missing_ok=True)

    def discard(self) -> None:
        self._out.close()
        self.spill_file.unlink(missing_ok=True)


def _linear(g: _GraphBuilder, x: str, weight: np.ndarray, bias: np.ndarray, hint: str) -> str:
    w = g.const(np.ascontiguousarray(weight.T), hint + "_w")
    b = g.const(bias, hint + "_b")
    return g.node("Add", [g.node("MatMul", [x, w], hint + "_mm"), b], hint)


def _layer_norm(g: _GraphBuilder, x: str, weight: np.ndarray, bias: np.ndarray, eps: float, hint: str) -> str:
    return g.node("LayerNormalization", [x, g.const(weight, hint + "_g"), g.const(bias, hint + "_b")], hint,
                  axis=-1, epsilon=float(eps))


def _activation(g: _GraphBuilder, x: str, act: str, hint: str) -> str:
    if act == "quick_gelu":
        scaled = g.node("Mul", [x, g.const(np.array(1.702, np.float32), hint + "_k", weight=False)], hint + "_s")
        return g.node("Mul", [x, g.node("Sigmoid", [scaled], hint + "_sig")], hint)
    if act in ("gelu", "gelu_erf"):
        return _gelu_erf(g, x, hint)
    raise CheckpointError(f"The vision tower's activation {act!r} is not supported.", "PULSE-7B uses quick_gelu.")


def _gelu_erf(g: _GraphBuilder, x: str, hint: str) -> str:
    """Exact GELU: 0.5 * x * (1 + erf(x / sqrt(2)))."""
    inv_sqrt2 = g.const(np.array(1 / np.sqrt(2), np.float32), hint + "_r2", weight=False)
    one = g.const(np.array(1.0, np.float32), hint + "_one", weight=False)
    half = g.const(np.array(0.5, np.float32), hint + "_half", weight=False)
    erf = g.node("Erf", [g.node("Mul", [x, inv_sqrt2], hint + "_xs")], hint + "_erf")
    return g.node("Mul", [g.node("Mul", [x, half], hint + "_hx"), g.node("Add", [erf, one], hint + "_1p")], hint)


def _encoder_layer(g: _GraphBuilder, ckpt: Checkpoint, x: str, i: int) -> str:
    v = ckpt.vision
    p = f"{VISION_PREFIX}encoder.layers.{i}."
    t = ckpt.tensor
    heads, head_dim = v.num_attention_heads, v.hidden_size // v.num_attention_heads
    h = _layer_norm(g, x, t(p + "layer_norm1.weight"), t(p + "layer_norm1.bias"), v.layer_norm_eps, f"l{i}_ln1")
    split = g.ints([0, -1, heads, head_dim], f"l{i}_heads")
    q = _linear(g, h, t(p + "self_attn.q_proj.weight"), t(p + "self_attn.q_proj.bias"), f"l{i}_q")
    q = g.node("Mul", [q, g.const(np.array(head_dim ** -0.5, np.float32), f"l{i}_scale", weight=False)], f"l{i}_qs")
    k = _linear(g, h, t(p + "self_attn.k_proj.weight"), t(p + "self_attn.k_proj.bias"), f"l{i}_k")
    val = _linear(g, h, t(p + "self_attn.v_proj.weight"), t(p + "self_attn.v_proj.bias"), f"l{i}_v")
    q = g.node("Transpose", [g.node("Reshape", [q, split], f"l{i}_qr")], f"l{i}_qt", perm=[0, 2, 1, 3])
    k = g.node("Transpose", [g.node("Reshape", [k, split], f"l{i}_kr")], f"l{i}_kt", perm=[0, 2, 3, 1])
    val = g.node("Transpose", [g.node("Reshape", [val, split], f"l{i}_vr")], f"l{i}_vt", perm=[0, 2, 1, 3])
    attn = g.node("Softmax", [g.node("MatMul", [q, k], f"l{i}_qk")], f"l{i}_sm", axis=-1)
    ctx = g.node("Transpose", [g.node("MatMul", [attn, val], f"l{i}_av")], f"l{i}_ct", perm=[0, 2, 1, 3])
    ctx = g.node("Reshape", [ctx, g.ints([0, -1, v.hidden_size], f"l{i}_merge")], f"l{i}_cr")
    out = _linear(g, ctx, t(p + "self_attn.out_proj.weight"), t(p + "self_attn.out_proj.bias"), f"l{i}_o")
    x = g.node("Add", [x, out], f"l{i}_res1")
    h = _layer_norm(g, x, t(p + "layer_norm2.weight"), t(p + "layer_norm2.bias"), v.layer_norm_eps, f"l{i}_ln2")
    h = _activation(g, _linear(g, h, t(p + "mlp.fc1.weight"), t(p + "mlp.fc1.bias"), f"l{i}_fc1"), v.hidden_act,
                    f"l{i}_act")
    h = _linear(g, h, t(p + "mlp.fc2.weight"), t(p + "mlp.fc2.bias"), f"l{i}_fc2")
    return g.node("Add", [x, h], f"l{i}_res2")


def build_vision_graph(ckpt: Checkpoint, path: Path, store_fp16: bool,
                       progress: Callable[[int, int], None] | None = None) -> None:
    """Write the fp32 (or fp16-stored) vision ONNX to ``path``."""
    v = ckpt.vision
    t = ckpt.tensor
    n_run = vision_layers_to_run(int(ckpt.config["mm_vision_select_layer"]), v.num_hidden_layers)
    hidden = int(ckpt.config["hidden_size"])
    grid = v.image_size // v.patch_size
    estimate = sum(int(np.prod(e.shape)) for n, e in ckpt.entries.items()
                   if n.startswith((VISION_PREFIX, PROJECTOR_PREFIX))) * (2 if store_fp16 else 4)
    g = _GraphBuilder(store_fp16, path, external=estimate > INLINE_LIMIT)
    try:
        e = VISION_PREFIX + "embeddings."
        patches = g.node("Conv", [INPUT_NAME, g.const(t(e + "patch_embedding.weight"), "patch_w")], "patch_conv",
                         kernel_shape=[v.patch_size] * 2, strides=[v.patch_size] * 2)
        patches = g.node("Reshape", [patches, g.ints([0, v.hidden_size, -1], "flat_shape")], "patch_flat")
        patches = g.node("Transpose", [patches], "patch_tokens", perm=[0, 2, 1])
        batch = g.node("Shape", [INPUT_NAME], "batch", start=0, end=1)
        cls_shape = g.node("Concat", [batch, g.ints([1, v.hidden_size], "cls_dims")], "cls_shape", axis=0)
        cls = g.const(t(e + "class_embedding").reshape(1, 1, v.hidden_size), "cls")
        cls = g.node("Expand", [cls, cls_shape], "cls_tokens")
        x = g.node("Concat", [cls, patches], "tokens", axis=1)
        x = g.node("Add", [x, g.const(t(e + "position_embedding.weight"), "pos")], "embedded")
        x = _layer_norm(g, x, t(VISION_PREFIX + "pre_layrnorm.weight"), t(VISION_PREFIX + "pre_layrnorm.bias"),
                        v.layer_norm_eps, "pre_layrnorm")
        for i in range(n_run):
            x = _encoder_layer(g, ckpt, x, i)
            if progress is not None:
                progress(i + 1, n_run)
        x = g.node("Slice", [x, g.ints([1], "s0"), g.ints([grid * grid + 1], "s1"), g.ints([1], "s_ax")], "patch_feats")
        x = _linear(g, x, t(PROJECTOR_PREFIX + "0.weight"), t(PROJECTOR_PREFIX + "0.bias"), "proj0")
        x = _gelu_erf(g, x, "proj_gelu")
        x = _linear(g, x, t(PROJECTOR_PREFIX + "2.weight"), t(PROJECTOR_PREFIX + "2.bias"), "proj2")
        g.nodes.append(helper.make_node("Identity", [x], [OUTPUT_NAME], name="output"))
        graph = helper.make_graph(
            g.nodes, "pulse_vision",
            [helper.make_tensor_value_info(INPUT_NAME, TensorProto.FLOAT, ["batch", 3, v.image_size, v.image_size])],
            [helper.make_tensor_value_info(OUTPUT_NAME, TensorProto.FLOAT, ["batch", grid * grid, hidden])],
            g.kept,
        )
        model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)],
                                  producer_name="pulse-quantize")
        model.ir_version = IR_VERSION
        model.doc_string = ("CLIP vision tower up to hidden_states[mm_vision_select_layer], CLS dropped, "
                            "then the mlp2x_gelu projector (LLaVA).")
        g.write(model)
    except BaseException:
        g.discard()
        raise
    onnx.checker.check_model(str(path))


def quantize_vision_int8(fp32_path: Path, out_path: Path) -> None:
    """onnxruntime's dynamic int8 quantization of the MatMul weights (the Conv and norms stay fp32)."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    root = logging.getLogger()
    level = root.level
    root.setLevel(logging.ERROR)  # its advice to run a pre-processing pass is for static quantization
    try:
        quantize_dynamic(str(fp32_path), str(out_path), weight_type=QuantType.QInt8,
                         op_types_to_quantize=["MatMul"], use_external_data_format=False)
    finally:
        root.setLevel(level)
    onnx.checker.check_model(str(out_path))


def write_vision_onnx(ckpt: Checkpoint, folder: Path, precision: str, file_name: str = "vision.onnx",
                      fp32_reference: Path | None = None,
                      progress: Callable[[int, int], None] | None = None) -> list[Path]:
    """Write the vision ONNX of ``precision`` into ``folder``; returns the files written.

    For int8, an fp32 graph already written (``fp32_reference``) is quantized; without one a temporary
    fp32 graph is built and removed.
    """
    if precision not in PRECISIONS:
        raise ValueError(f"precision must be one of {PRECISIONS}")
    path = folder / file_name
    if precision == "int8":
        fp32 = fp32_reference or folder / ("fp32-" + file_name)
        if fp32_reference is None:
            build_vision_graph(ckpt, fp32, store_fp16=False, progress=progress)
        quantize_vision_int8(fp32, path)
        if fp32_reference is None:
            for leftover in (fp32, fp32.with_name(fp32.name + ".data")):
                leftover.unlink(missing_ok=True)
    else:
        build_vision_graph(ckpt, path, store_fp16=precision == "fp16", progress=progress)
    return [p for p in (path, path.with_name(path.name + ".data")) if p.exists()]
